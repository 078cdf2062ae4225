// Digiwijzer in een iframe op uw intranet: dit script laat het iframe meegroeien met de
// inhoud, zodat er geen tweede schuifbalk komt. Geen inline script nodig:
//
//   <iframe src="https://apps.gemeente.nl/digiwijzer/?embed=1#/" data-digiwijzer
//           title="Digiwijzer: tips en zelfevaluatie voor digitale dienstverlening"
//           width="100%" height="800"></iframe>
//   <script src="https://apps.gemeente.nl/digiwijzer/inbedden.js" defer></script>
//
// Het script werkt voor elk iframe met het attribuut data-digiwijzer. Het accepteert
// alleen berichten van dat iframe en van de herkomst (origin) van zijn src. Laadt u
// Digiwijzer via een doorverwijzing van een andere herkomst, zet die dan in het
// attribuut: data-digiwijzer="https://apps.gemeente.nl". Meer in de README, onder
// "Digiwijzer op uw intranetpagina (voor redacteuren)".
//
// The contract with the app (src/ui/embed.rs): the app posts
// `{ type: "digiwijzer:height", height }` to its parent; this script sizes the iframe and
// answers `{ type: "digiwijzer:height-ack" }`, so the app knows its host listens and
// shows no notice that the frame does not fit. Plain script, no module: an intranet CMS
// may allow nothing else.
(() => {
  const HEIGHT = 'digiwijzer:height';
  const ACK = 'digiwijzer:height-ack';

  /** The origin the app in `frame` must send from: the attribute's, else its src's. */
  const appOrigin = (frame) => {
    try {
      return new URL(frame.getAttribute('data-digiwijzer') || frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    // Only the iframe that sent it, and only from the app's own origin.
    const frame = [...document.querySelectorAll('iframe[data-digiwijzer]')].find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== appOrigin(frame)) return;
    frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
    event.source.postMessage({ type: ACK }, event.origin);
  });
})();
