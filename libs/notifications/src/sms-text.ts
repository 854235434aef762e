import { SegmentedMessage } from 'sms-segments-calculator';

/** Every text fits in two segments: 306 GSM-7 characters, or 134 UCS-2 ones. */
export const MAX_SEGMENTS = 2;

export interface TextSize {
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
}

/** How many segments a text takes and in which encoding, as phones and gateways count them. */
export function sizeOf(text: string): TextSize {
  const message = new SegmentedMessage(text, 'auto');
  return { segments: message.segmentsCount, encoding: message.encodingName };
}
