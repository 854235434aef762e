import type { BranchEntity } from './branch.entity';
import type { ClosureEntity } from './closure.entity';
import type { RoomEntity } from './room.entity';

/** What other libraries read of a branch, a room and a closure: views they cannot change. */
export type Branch = Readonly<BranchEntity>;
export type Room = Readonly<RoomEntity>;
export type Closure = Readonly<ClosureEntity>;
