// Types for the cytoscape extensions the diagram uses (they ship none).
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-edgehandles' {
  const ext: cytoscape.Ext;
  export default ext;
}
