import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { NotificationKind, NotificationStatus } from '@app/notifications';
import { AgencyKind, AgencyStatus } from '@app/partners';
import { RoomFeature, Weekday } from '@app/places';

/** The domain's enums, as the contract names them. Imported once by the API module. */
export function registerEnums(): void {
  registerEnumType(Role, { name: 'Role' });
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
  registerEnumType(NotificationKind, { name: 'NotificationKind' });
  registerEnumType(NotificationStatus, { name: 'NotificationStatus' });
}

registerEnums();
