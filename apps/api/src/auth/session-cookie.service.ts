import { Injectable } from '@nestjs/common';
import { parse } from 'cookie';
import type { Response } from 'express';
import { AppConfig } from '@app/config';

/**
 * The browser's session: the access token in an httpOnly, SameSite=Strict cookie (Secure, with
 * the __Host- prefix, under https), so that the web app never holds it in script-readable
 * storage. The API accepts it beside `Authorization: Bearer`; cross-site requests never carry
 * it, and Apollo's CSRF prevention refuses the simple requests a form could send.
 */
@Injectable()
export class SessionCookie {
  readonly name: string;
  private readonly secure: boolean;

  constructor(config: AppConfig) {
    this.secure = config.publicUrl.startsWith('https:');
    this.name = this.secure ? '__Host-commonroom_session' : 'commonroom_session';
  }

  /** The token in a request's Cookie header, if any. */
  read(header: string | undefined): string | null {
    if (!header || !header.includes(this.name)) return null;
    return parse(header)[this.name] ?? null;
  }

  set(res: Response, token: string, expiresAt: Date): void {
    res.cookie(this.name, token, { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/', expires: expiresAt });
  }

  clear(res: Response): void {
    res.clearCookie(this.name, { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/' });
  }
}
