// The PDF fonts as built assets: Vite copies them next to the app and gives their URLs, so
// they are fetched from the app's own origin (the CSP's connect-src 'self') when the first
// PDF is made, and never weigh on the initial JavaScript.
import bold from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import regular from '../../../assets/fonts/DejaVuSans.ttf?url';

export const pdfFontUrls = { regular, bold };
