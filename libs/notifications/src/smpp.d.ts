/** The parts of the `smpp` package (0.5) this project uses; the package ships no types. */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer } from 'node:net';

  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(fields?: Record<string, unknown>): PDU;
  }

  export type ResponseCallback = (pdu: PDU) => void;

  export class Session extends EventEmitter {
    socket: import('node:net').Socket;
    send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
    bind_transceiver(fields: Record<string, unknown>, responseCallback?: ResponseCallback): boolean;
    submit_sm(fields: Record<string, unknown>, responseCallback?: ResponseCallback): boolean;
    deliver_sm(fields: Record<string, unknown>, responseCallback?: ResponseCallback): boolean;
    enquire_link(fields?: Record<string, unknown>, responseCallback?: ResponseCallback): boolean;
    unbind(fields?: Record<string, unknown>, responseCallback?: ResponseCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
  }

  export class Server extends NetServer {}

  export function connect(options: {
    host: string;
    port: number;
    tls?: boolean;
    auto_enquire_link_period?: number;
    [key: string]: unknown;
  }): Session;
  export function createServer(listener: (session: Session) => void): Server;

  export const encodings: Record<string, unknown>;
  export const ESME_ROK: number;
  export const ESME_RSYSERR: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RBINDFAIL: number;
  export const ESME_RMSGQFUL: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RINVMSGLEN: number;
}
