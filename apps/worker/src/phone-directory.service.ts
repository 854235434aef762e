import { Injectable } from '@nestjs/common';
import { languageOf, type PhoneDirectory, type TextSender } from '@app/notifications';
import { PlacesService } from '@app/places';
import { RegistrationsService } from '@app/registrations';
import { SessionsService } from '@app/workshops';

/** A number that texts the library, as its latest registration knows it: the language, and the branch to name and call. */
@Injectable()
export class RegistrationPhoneDirectory implements PhoneDirectory {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly sessions: SessionsService,
    private readonly places: PlacesService,
  ) {}

  async senderOf(number: string): Promise<TextSender | null> {
    const registration = await this.registrations.findLatestByPhone(number);
    if (!registration) return null;
    const session = await this.sessions.findById(registration.sessionId);
    const branch = session ? await this.places.findBranch(session.branchId) : null;
    return {
      language: languageOf({ language: registration.language }),
      libraryName: branch?.name ?? 'The library',
      libraryPhone: branch?.phone ?? null,
    };
  }
}
