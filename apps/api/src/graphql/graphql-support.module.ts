import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { BookingsModule } from '@app/bookings';
import { WorkshopsModule } from '@app/workshops';
import { RegistrationsModule } from '@app/registrations';
import { LoaderServices } from './loaders';

/** What the GraphQL context needs to build each request's loaders. */
@Module({
  imports: [IdentityModule, PartnersModule, PlacesModule, BookingsModule, WorkshopsModule, RegistrationsModule],
  providers: [LoaderServices],
  // The GraphQL module's options need them: loaders per request, and AuthService for WebSockets.
  exports: [LoaderServices, IdentityModule],
})
export class GraphqlSupportModule {}
