import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecretKeys } from '@app/config';
import { NotificationsModule } from '@app/notifications';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokenRepository } from './account-token.repository';
import { AccountTokenService } from './account-token.service';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher.service';
import { UserBranchEntity } from './user-branch.entity';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, UserBranchEntity, AccountTokenEntity]),
    NotificationsModule,
    JwtModule.registerAsync({
      inject: [SecretKeys],
      useFactory: (keys: SecretKeys) => ({
        secret: keys.key('access-token'),
        signOptions: { algorithm: 'HS256', issuer: 'commonroom' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'commonroom' },
      }),
    }),
  ],
  providers: [UserRepository, AccountTokenRepository, AccountTokenService, PasswordHasher, UsersService, AuthService],
  exports: [UsersService, AuthService, AccountTokenService, PasswordHasher],
})
export class IdentityModule {}
