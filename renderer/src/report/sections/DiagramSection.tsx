// The whole chain as a picture on its own (landscape) page, with the country colours it uses.
import type { Facility } from '../../../../db/model/schemas';
import { legendEntries } from '../../diagram/model/style';
import type { ChainImageState } from '../diagram/useChainImage';

const LEGEND_COUNTRIES = 14;

export function DiagramSection({ image, facilities, onImageLoad }: { image: ChainImageState; facilities: readonly Facility[]; onImageLoad: () => void }) {
  const { countries } = legendEntries(facilities);
  return (
    <section className="report-section report-diagram report-new-page" aria-labelledby="report-diagram">
      <h2 id="report-diagram">The chain</h2>
      {image.status === 'done' ? (
        <figure className="report-figure">
          <img
            src={image.url}
            width={image.width}
            height={image.height}
            alt="The supply chain as a network diagram, mines on the left and OEMs on the right"
            data-testid="report-diagram-image"
            onLoad={onImageLoad}
          />
          <figcaption>
            Every facility in its stage's column, coloured by country, sized by capacity; flows coloured by material, as wide as their volume; dashed: not
            operating.
            <span className="report-legend" aria-label="Country colours">
              {countries.slice(0, LEGEND_COUNTRIES).map((c) => (
                <span key={c.code} className="report-legend-item">
                  <svg width="9" height="9" viewBox="0 0 10 10" aria-hidden="true">
                    <circle cx="5" cy="5" r="5" fill={c.color} />
                  </svg>
                  {c.name}
                </span>
              ))}
              {countries.length > LEGEND_COUNTRIES ? <span className="report-legend-item">and {countries.length - LEGEND_COUNTRIES} more</span> : null}
            </span>
          </figcaption>
        </figure>
      ) : image.status === 'failed' ? (
        <p className="report-note">The diagram could not be drawn: {image.message}</p>
      ) : (
        <p className="report-note" role="status">
          Drawing the diagram…
        </p>
      )}
    </section>
  );
}
