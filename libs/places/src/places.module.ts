import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BranchEntity } from './branch.entity';
import { BranchRepository } from './branch.repository';
import { ClosureEntity } from './closure.entity';
import { ClosureRepository } from './closure.repository';
import { PlacesService } from './places.service';
import { RoomEntity } from './room.entity';
import { RoomRepository } from './room.repository';

@Module({
  imports: [TypeOrmModule.forFeature([BranchEntity, RoomEntity, ClosureEntity])],
  providers: [BranchRepository, RoomRepository, ClosureRepository, PlacesService],
  exports: [PlacesService],
})
export class PlacesModule {}
