/** What a browser's BarcodeDetector offers (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}
declare global {
  var BarcodeDetector: BarcodeDetectorClass | undefined;
}

/** Reads a QR code from the camera's current picture: its text, or null when there is none. */
export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

async function nativeReader(): Promise<QrReader | null> {
  const Detector = globalThis.BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

/** jsQR, loaded only on a phone whose browser has no BarcodeDetector (Firefox, Safari before 17). */
async function libraryReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!context || width === 0 || height === 0) return Promise.resolve(null);
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
    return Promise.resolve(found?.data ?? null);
  };
}

/** The browser's own QR reader where it has one, else the library. */
export async function qrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? libraryReader();
}
