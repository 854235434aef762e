import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  Injectable,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ClockModule } from '@app/clock';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AuthService, IdentityModule, type Viewer } from '@app/identity';
import { LoggingModule } from '@app/logging';
import { NotificationsModule } from '@app/notifications';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { BookingsModule } from '@app/bookings';
import { WorkshopsModule } from '@app/workshops';
import { RegistrationsModule } from '@app/registrations';
import { SettingsModule } from '@app/settings';
import { CalendarModule } from '@app/calendar';
import { ReportsModule } from '@app/reports';
import { MetricsCollector, MetricsModule, Metrics } from '@app/metrics';
import { QueueModule, RedisModule } from '@app/queue';
import { SessionJobsModule } from '@app/session-jobs';
import { documentLimitsPlugin } from './abuse/document-limits.plugin';
import { countFieldsAgainstBudget, EXECUTION_LIMITS } from './abuse/execution-budget';
import { graphqlLimits, webSocketRefusal } from './abuse/graphql-limits';
import { RateLimitGuard } from './abuse/rate-limit.guard';
import { RateLimiter } from './abuse/rate-limiter.service';
import { AccessGuard } from './auth/access.guard';
import { AuthMiddleware } from './auth/auth.middleware';
import { AuthResolver } from './auth/auth.resolver';
import { SessionCookie } from './auth/session-cookie.service';
import { RequestContext, type AuthenticatedRequest, type GraphqlContext } from './graphql/context';
import { SeatFeed } from './live/seat-feed.service';
import { PublicCache } from './public-cache/public-cache.service';
import { PublicCacheMiddleware } from './public-cache/public-cache.middleware';
import { publicCachePlugin } from './public-cache/public-cache.plugin';
import { SeatsResolver } from './live/seats.resolver';

/** Apollo's plugin type as the Nest driver sees it (its CommonJS typings, not the ESM ones). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

interface WsExtra {
  viewer?: Viewer | null;
  /** The upgrade request (graphql-ws on ws): its cookies carry a browser's session. */
  request?: { headers: { cookie?: string } };
}
import './graphql/enums';
import { formatError } from './graphql/errors';
import { ErrorFilter } from './graphql/graphql-error.filter';
import { JitExecution } from './graphql/jit-executor';
import { GraphqlSupportModule } from './graphql/graphql-support.module';
import { LoaderServices } from './graphql/loaders';
import { DateTimeScalar } from './graphql/scalars';
import { HealthController } from './health/health.controller';
import { graphqlMetricsPlugin } from './operations/graphql-metrics.plugin';
import { HttpMetricsMiddleware } from './operations/http-metrics.middleware';
import { MetricsController } from './operations/metrics.controller';
import { QueueDashboard } from './operations/queue-dashboard.service';
import { QueueDepths } from './operations/queue-depths.service';
import { CalendarController } from './calendar/calendar.controller';
import { ReportsController } from './reports/reports.controller';
import { ShortLinkController } from './registrations/short-link.controller';
import { SlipsController } from './registrations/slips.controller';
import { Slips } from './registrations/slips.service';
import { ReportsResolver } from './reports/reports.resolver';
import { AgenciesResolver } from './partners/agencies.resolver';
import { BranchesResolver } from './places/branches.resolver';
import { RoomsResolver } from './places/rooms.resolver';
import { UsersResolver } from './users/users.resolver';
import { RegistrationsResolver } from './registrations/registrations.resolver';
import { PatronFollowUpResolver } from './registrations/patron-follow-up.resolver';
import { ServiceInfoResolver } from './registrations/service-info.resolver';
import { SettingsResolver } from './settings/settings.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { BookingsResolver } from './bookings/bookings.resolver';
import { BranchLoadFieldsResolver } from './bookings/branch-load-fields.resolver';
import { BranchLoadResolver } from './bookings/branch-load.resolver';
import { RoomBookingsResolver } from './bookings/room-bookings.resolver';
import { SessionsResolver } from './workshops/sessions.resolver';
import { AgencyWorkshopsResolver } from './workshops/agency-workshops.resolver';
import { ReviewEventsResolver } from './workshops/review-events.resolver';
import { SessionRequestsResolver } from './workshops/session-requests.resolver';
import { WorkshopsResolver } from './workshops/workshops.resolver';
import { InputValidationPipe } from './validation/input-validation.pipe';

/** Creates the first administrator when there is none, once the app is up. */
@Injectable()
class FirstAdmin implements OnApplicationBootstrap {
  constructor(private readonly auth: AuthService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.auth.ensureFirstAdmin();
  }
}

@Module({})
export class ApiModule implements NestModule {
  /** The whole API; tests pass their own configuration. */
  // eslint-disable-next-line max-lines-per-function -- the API's wiring, read best as one declaration.
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        MetricsModule.forRoot('api'),
        ClockModule,
        DatabaseModule.forRoot(),
        RedisModule,
        QueueModule.forRoot(),
        NotificationsModule,
        IdentityModule,
        PlacesModule,
        PartnersModule,
        SettingsModule,
        BookingsModule,
        WorkshopsModule,
        RegistrationsModule,
        CalendarModule,
        ReportsModule,
        SessionJobsModule,
        GraphqlSupportModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlSupportModule],
          inject: [LoaderServices, AuthService, Metrics, AppConfig, PublicCache, SessionCookie],
          useFactory: (
            loaders: LoaderServices,
            auth: AuthService,
            metrics: Metrics,
            config: AppConfig,
            cache: PublicCache,
            cookie: SessionCookie,
          ): ApolloDriverConfig => {
            const jit = new JitExecution();
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
              introspection: true,
              playground: false,
              csrfPrevention: true,
              persistedQueries: false,
              includeStacktraceInErrorResponses: false,
              formatError,
              ...graphqlLimits(config),
              transformSchema: (schema) => jit.use(countFieldsAgainstBudget(schema)),
              // Execution by graphql-jit (see JitExecution); Nest's options type leaves the gateway out.
              ...({ gateway: jit.gateway() } as Partial<ApolloDriverConfig>),
              // Apollo's cache-control plugin wraps every field's resolver; nothing here uses its hints.
              plugins: [
                graphqlMetricsPlugin(metrics),
                documentLimitsPlugin({ ...EXECUTION_LIMITS, ...config.testExecutionLimits }),
                publicCachePlugin(cache),
                ApolloServerPluginCacheControlDisabled() as ApolloPlugin,
              ],
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  onSubscribe: (_ctx, _id, payload) => webSocketRefusal(payload.query),
                  // A WebSocket authenticates once, with connectionParams.authorization ("Bearer <token>").
                  onConnect: async (ws) => {
                    const extra = ws.extra as WsExtra;
                    const header = ws.connectionParams?.authorization;
                    extra.viewer = null;
                    if (typeof header !== 'string' || header === '') {
                      // A browser's session cookie, as over HTTP; one that no longer works leaves it anonymous.
                      const token = cookie.read(extra.request?.headers.cookie);
                      extra.viewer = token ? await auth.authenticate(token).catch(() => null) : null;
                      return true;
                    }
                    const match = /^Bearer\s+(\S+)$/i.exec(header);
                    if (!match) return false;
                    try {
                      extra.viewer = await auth.authenticate(match[1]);
                      return true;
                    } catch {
                      return false;
                    }
                  },
                },
              },
              context: (args: { req?: AuthenticatedRequest; extra?: WsExtra }): GraphqlContext => {
                // Over HTTP the auth middleware filled req; over a WebSocket, onConnect filled extra.
                const req = args.req ?? ({ viewer: args.extra?.viewer ?? null, authError: null, headers: {} } as AuthenticatedRequest);
                return new RequestContext(req, loaders.create());
              },
            };
          },
        }),
      ],
      controllers: [HealthController, MetricsController, CalendarController, ReportsController, ShortLinkController, SlipsController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        RateLimiter,
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        AuthMiddleware,
        HttpMetricsMiddleware,
        PublicCacheMiddleware,
        MetricsCollector,
        QueueDepths,
        QueueDashboard,
        FirstAdmin,
        AuthResolver,
        UsersResolver,
        BranchesResolver,
        RoomsResolver,
        AgenciesResolver,
        WorkshopsResolver,
        ReviewEventsResolver,
        SessionRequestsResolver,
        AgencyWorkshopsResolver,
        SessionsResolver,
        BookingsResolver,
        RoomBookingsResolver,
        BranchLoadResolver,
        BranchLoadFieldsResolver,
        RegistrationsResolver,
        PatronFollowUpResolver,
        ServiceInfoResolver,
        Slips,
        SettingsResolver,
        NotificationsResolver,
        ReportsResolver,
        SeatFeed,
        SeatsResolver,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
    // Anonymous catalog reads are answered from the cache before anything else runs.
    consumer.apply(PublicCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
    consumer.apply(AuthMiddleware).forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
  }
}
