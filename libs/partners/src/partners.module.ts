import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { AgencyEntity } from './agency.entity';
import { AgencyRepository } from './agency.repository';
import { PartnersService } from './partners.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity]), IdentityModule, NotificationsModule],
  providers: [AgencyRepository, PartnersService],
  exports: [PartnersService],
})
export class PartnersModule {}
