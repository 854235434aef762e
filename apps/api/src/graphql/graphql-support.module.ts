import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { BookingsModule } from '@app/bookings';
import { WorkshopsModule } from '@app/workshops';
import { RegistrationsModule } from '@app/registrations';
import { SessionCookie } from '../auth/session-cookie.service';
import { PublicCache } from '../public-cache/public-cache.service';
import { LoaderServices } from './loaders';

/** What the GraphQL module's options need: each request's loaders, the public cache, AuthService for WebSockets. */
@Module({
  imports: [IdentityModule, PartnersModule, PlacesModule, BookingsModule, WorkshopsModule, RegistrationsModule],
  providers: [LoaderServices, PublicCache, SessionCookie],
  exports: [LoaderServices, PublicCache, SessionCookie, IdentityModule],
})
export class GraphqlSupportModule {}
