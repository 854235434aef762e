import { useEffect, useRef, useState } from 'react';
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { useI18n } from '../i18n';
import { Notice } from '../ui/notices';

// The decoder's WebAssembly comes from this app, not from a CDN (nothing from another origin).
prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });

const SCAN_EVERY_MS = 250;
/** Failed reads of a frame in a row before the scanner gives up (one can be a frame not yet decodable). */
const GIVE_UP_AFTER = 3;

/**
 * The device's camera, read for QR codes (the Barcode Detection API, or its WebAssembly stand-in
 * where the browser has none). Each code read once is handed on; the same code again is ignored
 * for a few seconds, so a patron holding their phone up is checked in once.
 */
export default function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The latest handler, without restarting the camera when the page re-renders.
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const recent = new Map<string, number>();
    let failures = 0;
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current || video.current.readyState < 2) return;
          detector.detect(video.current).then(
            (codes) => {
              failures = 0;
              for (const { rawValue } of codes) {
                if ((recent.get(rawValue) ?? 0) > Date.now()) continue;
                recent.set(rawValue, Date.now() + 5_000);
                handler.current(rawValue);
              }
            },
            // The decoder could not start (or keeps failing): say so once, turn the camera off, and
            // leave the code field to the person.
            () => {
              if (++failures < GIVE_UP_AFTER) return;
              clearInterval(timer);
              stream?.getTracks().forEach((track) => track.stop());
              if (!stopped) setFailure(t('coord.scannerFailed'));
            },
          );
        }, SCAN_EVERY_MS);
      } catch {
        if (!stopped) setFailure(t('coord.cameraFailed'));
      }
    })();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);
  if (failure) return <Notice kind="error">{failure}</Notice>;
  return (
    <div className="camera">
      <video ref={video} muted playsInline aria-label={t('coord.cameraView')} />
      <p className="muted">{t('coord.cameraHint')}</p>
    </div>
  );
}
