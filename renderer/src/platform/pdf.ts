// The window as a PDF: Chromium's print dialog (its "Save as PDF" destination renders the
// page's print CSS to A4), the same in the browser and in the desktop window. While the
// dialog is open the document's title is the report's file name, which Chromium offers
// as the PDF's name. Views call this, so a native desktop route can replace it here alone.

export function printToPdf(fileName: string): void {
  const title = document.title;
  document.title = fileName.replace(/\.pdf$/i, '');
  try {
    // Blocks until the dialog closes.
    window.print();
  } finally {
    document.title = title;
  }
}
