import { Entity, Index, PrimaryColumn } from 'typeorm';

/** The branches a coordinator handles; none means every branch. */
@Entity('user_branch')
@Index('ix_user_branch_branch', ['branchId'])
export class UserBranchEntity {
  @PrimaryColumn({ type: 'char', length: 36, charset: 'ascii', collation: 'ascii_bin' })
  userId!: string;

  @PrimaryColumn({ type: 'char', length: 36, charset: 'ascii', collation: 'ascii_bin' })
  branchId!: string;
}
