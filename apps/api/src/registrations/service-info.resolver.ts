import { Args, ArgsType, Field, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '@app/config';
import { badInput } from '@app/errors';
import { DEFAULT_LANGUAGE, matchLanguage, MESSAGE_LANGUAGES, TemplateRenderer } from '@app/notifications';
import { Public } from '../auth/access.decorators';
import { OptionalLine } from '../validation/validators';

@ObjectType('ServiceInfo', { description: 'What this service offers patrons: text messages, and the languages of their messages.' })
export class ServiceInfoModel {
  @Field({ description: 'True when a text-message gateway is configured: clients offer SMS only then (otherwise SMS is BAD_USER_INPUT).' })
  smsAvailable!: boolean;

  @Field(() => [String], {
    description: 'BCP-47 tags of the languages that patron messages, slips and pages exist in; the first is the default.',
  })
  messageLanguages!: string[];

  @Field({ description: 'Changes whenever the consent text changes; consent records keep it.' })
  smsConsentVersion!: string;
}

@ArgsType()
class ConsentTextArgs {
  @Field(() => String, { nullable: true })
  @OptionalLine(35)
  language?: string | null;
}

/** ServiceInfo (contract 1.1): anyone may ask, so every client offers the same choices. */
@Resolver(() => ServiceInfoModel)
export class ServiceInfoResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly renderer: TemplateRenderer,
  ) {}

  @Query(() => ServiceInfoModel, { description: 'Anyone.' })
  @Public()
  serviceInfo(): ServiceInfoModel {
    return {
      smsAvailable: this.config.sms !== null,
      messageLanguages: [...MESSAGE_LANGUAGES],
      smsConsentVersion: this.renderer.smsConsentVersion,
    };
  }

  @ResolveField(() => String, {
    description:
      'The sentence a patron agrees to for text messages, in that language (default the first of messageLanguages); shown by every client that offers SMS and read aloud at the desk.',
  })
  smsConsentText(@Args() args: ConsentTextArgs): string {
    const language = args.language == null ? DEFAULT_LANGUAGE : matchLanguage(args.language);
    if (!language) throw badInput('language', `must be one of the message languages: ${MESSAGE_LANGUAGES.join(', ')}`);
    return this.renderer.smsConsentText(language);
  }
}
