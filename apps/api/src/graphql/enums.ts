import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { NotificationChannel, NotificationKind, NotificationStatus } from '@app/notifications';
import { AgencyKind, AgencyStatus } from '@app/partners';
import { RoomFeature, Weekday } from '@app/places';
import { BookingKind, BookingStatus, ConflictReason } from '@app/bookings';
import { Audience, ReviewAction, SessionStatus, WorkshopOrder, WorkshopStatus } from '@app/workshops';
import { ContactChannel, RegistrationSource, RegistrationStatus } from '@app/registrations';
import { ReportGrouping } from '@app/reports';

/** The domain's enums, as the contract names them. Imported once by the API module. */
export function registerEnums(): void {
  registerEnumType(Role, { name: 'Role', valuesMap: { STAFF: { description: 'Library desk staff.' } } });
  registerEnumType(Weekday, { name: 'Weekday' });
  registerEnumType(RoomFeature, { name: 'RoomFeature' });
  registerEnumType(AgencyKind, { name: 'AgencyKind' });
  registerEnumType(AgencyStatus, {
    name: 'AgencyStatus',
    valuesMap: {
      PENDING: { description: 'Applied; its members may draft workshops but not submit them.' },
      SUSPENDED: { description: 'Its members can no longer submit; scheduled sessions stay unless cancelled.' },
    },
  });
  registerEnumType(WorkshopStatus, {
    name: 'WorkshopStatus',
    valuesMap: {
      CANCELLED: { description: 'Approved earlier, then cancelled as a whole: every session that had not started is cancelled.' },
    },
  });
  registerEnumType(Audience, { name: 'Audience' });
  registerEnumType(SessionStatus, {
    name: 'SessionStatus',
    valuesMap: {
      PROPOSED: { description: 'Part of a workshop that is not approved yet.' },
      SCHEDULED: { description: 'Booked, published and (inside its registration window) open for registration.' },
      COMPLETED: { description: 'Its end time has passed.' },
    },
  });
  registerEnumType(ReviewAction, { name: 'ReviewAction' });
  registerEnumType(WorkshopOrder, {
    name: 'WorkshopOrder',
    valuesMap: { SUBMITTED_AT_ASC: { description: "Oldest submission first: the coordinators' review queue." } },
  });
  registerEnumType(BookingKind, { name: 'BookingKind' });
  registerEnumType(BookingStatus, {
    name: 'BookingStatus',
    valuesMap: {
      TENTATIVE: { description: 'Held for a submitted proposal while it is reviewed; blocks the room like a confirmed booking.' },
    },
  });
  registerEnumType(ConflictReason, {
    name: 'ConflictReason',
    valuesMap: {
      SEATS_TAKEN: { description: 'Seats already taken exceed what the change would leave (a smaller room, a lower capacity).' },
      NO_ROOM: { description: 'An approval would leave this session without a room.' },
    },
  });
  registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
  registerRegistrationChannels();
  registerEnumType(ReportGrouping, { name: 'ReportGrouping' });
  registerNotificationEnums();
}

function registerNotificationEnums(): void {
  registerEnumType(NotificationKind, {
    name: 'NotificationKind',
    valuesMap: {
      SMS_KEYWORD_REPLY: {
        description:
          "The answer to an inbound STOP (once; none if the number is already stopped), START or HELP (and their synonyms); session and registration null; in the language of the number's latest registration, else of the keyword (PARAR: es).",
      },
    },
  });
  registerEnumType(NotificationStatus, { name: 'NotificationStatus' });
  registerEnumType(NotificationChannel, { name: 'NotificationChannel' });
}

/** How a registration was made and how its patron is reached (contract 1.1). */
function registerRegistrationChannels(): void {
  registerEnumType(ContactChannel, {
    name: 'ContactChannel',
    description: 'How the library reaches a patron about a registration.',
    valuesMap: {
      SMS: { description: 'Text messages to a mobile number.' },
      NONE: { description: 'No messages: the patron keeps the printed slip. Desk and phone registrations only.' },
    },
  });
  registerEnumType(RegistrationSource, {
    name: 'RegistrationSource',
    description: 'Where a registration was made.',
    valuesMap: {
      DESK: { description: 'Staff registered the patron in person.' },
      PHONE: { description: 'Staff registered the patron over the phone.' },
    },
  });
}

registerEnums();
