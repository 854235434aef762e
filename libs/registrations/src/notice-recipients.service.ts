import { Injectable } from '@nestjs/common';
import { UsersService } from '@app/identity';
import { PartnersService } from '@app/partners';

export interface NoticeRecipient {
  email: string;
  userId: string | null;
}

/** Who hears about a session's demand and attendance: the agency's contact and the branch's coordinators. */
@Injectable()
export class NoticeRecipients {
  constructor(
    private readonly partners: PartnersService,
    private readonly users: UsersService,
  ) {}

  async forSession(agencyId: string, branchId: string): Promise<NoticeRecipient[]> {
    const agency = await this.partners.findById(agencyId);
    const coordinators = await this.users.coordinatorsFor([branchId]);
    const recipients = new Map<string, NoticeRecipient>();
    if (agency) recipients.set(agency.contactEmail.toLowerCase(), { email: agency.contactEmail.toLowerCase(), userId: null });
    for (const c of coordinators) recipients.set(c.email, { email: c.email, userId: c.id });
    return [...recipients.values()];
  }
}
