import { createHmac, hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from './app-config';

/** What each derived key is for; one key per purpose, so one leaking does not expose the others. */
export type KeyPurpose = 'access-token' | 'account-token' | 'manage-link' | 'short-link' | 'signed-link' | 'sms-number';

/** Keys derived from APP_SECRET with HKDF, computed once per process. */
@Injectable()
export class SecretKeys {
  private readonly keys = new Map<KeyPurpose, Buffer>();

  constructor(private readonly config: AppConfig) {}

  key(purpose: KeyPurpose): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.config.appSecret, 'commonroom', purpose, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }

  /** HMAC-SHA256 under the purpose's key, base64url. */
  sign(purpose: KeyPurpose, data: string): string {
    return createHmac('sha256', this.key(purpose)).update(data).digest('base64url');
  }
}
