import type { UserEntity } from './user.entity';

/** What other libraries read of a user: a view they cannot change. */
export type User = Readonly<UserEntity>;
