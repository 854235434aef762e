import { Platform1764310000000 } from './1764310000000-platform';
import { WorkshopsAndBookings1764320000000 } from './1764320000000-workshops-and-bookings';
import { Registrations1764330000000 } from './1764330000000-registrations';
import { NotificationLists1764340000000 } from './1764340000000-notification-lists';
import { AgencyNotices1764580000000 } from './1764580000000-agency-notices';
import { SeatLedger1764600000000 } from './1764600000000-seat-ledger';
import { NotificationSessionLedger1764605000000 } from './1764605000000-notification-session-ledger';
import { NotificationTrace1764610000000 } from './1764610000000-notification-trace';
import { BranchContact1764620000000 } from './1764620000000-branch-contact';
import { DeskRegistrations1764630000000 } from './1764630000000-desk-registrations';
import { PatronNotices1764640000000 } from './1764640000000-patron-notices';
import { RegistrationLanguage1764650000000 } from './1764650000000-registration-language';
import { TextMessages1764660000000 } from './1764660000000-text-messages';

/** Every migration, oldest first. Listed (not globbed) so the apps, the CLI and tests run the same set. */
export const MIGRATIONS = [
  Platform1764310000000,
  WorkshopsAndBookings1764320000000,
  Registrations1764330000000,
  NotificationLists1764340000000,
  AgencyNotices1764580000000,
  SeatLedger1764600000000,
  NotificationSessionLedger1764605000000,
  NotificationTrace1764610000000,
  BranchContact1764620000000,
  DeskRegistrations1764630000000,
  PatronNotices1764640000000,
  RegistrationLanguage1764650000000,
  TextMessages1764660000000,
];
