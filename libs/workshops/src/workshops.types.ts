import type { SessionEntity } from './session.entity';
import type { WorkshopEntity } from './workshop.entity';

/** What other libraries read of a workshop and its sessions: views they cannot change. */
export type Workshop = Readonly<WorkshopEntity>;
export type Session = Readonly<SessionEntity>;
