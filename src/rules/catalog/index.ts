// The rule catalog: every group's rules in one list. Order is only the order of evaluation;
// the verdict sorts reasons by points.
import type { Rule } from '../../types.js';
import { AUTHOR_RULES } from './author.js';
import { BUSINESS_AUTHOR_RULES } from './business-author.js';
import { BOT_INCOME_RULES } from './bot-income.js';
import { BROWSER_AGE_RULES } from './browser-age.js';
import { CAMPAIGN_AUTHOR_URL_RULES } from './campaign-author-url.js';
import { CHAT_OFFER_RULES } from './chat-offers.js';
import { CJK_TASK_OFFER_RULES } from './cjk-task-offers.js';
import { COMMERCIAL_AD_RULES } from './commercial-ads.js';
import { CHAT_TESTIMONIAL_RULES } from './chat-testimonials.js';
import { DATING_RULES } from './dating.js';
import { DATING_PROFILE_RULES } from './dating-profile.js';
import { DOMAIN_RULES } from './domains.js';
import { FLATTERY_RULES } from './flattery.js';
import { LINK_RULES } from './links.js';
import { LINK_DROP_RULES } from './link-drops.js';
import { KEYWORD_HOST_LINK_RULES } from './keyword-host-link.js';
import { LOOKALIKE_HOST_RULES } from './lookalike-hosts.js';
import { MACHINE_WRITTEN_RULES } from './machine-written.js';
import { META_RULES } from './meta.js';
import { OBFUSCATION_RULES } from './obfuscation.js';
import { ON_TOPIC_PRAISE_RULES } from './on-topic-praise.js';
import { OTHER_SCRIPT_RULES } from './other-script.js';
import { OWNER_RULES } from './owner.js';
import { PRIVATE_CONTACT_RULES } from './private-contact.js';
import { PINGBACK_RULES } from './pingbacks.js';
import { PINGBACK_SALES_RULES } from './pingback-sales.js';
import { PLACED_LINK_PITCH_RULES } from './placed-link-pitch.js';
import { PROBE_RULES } from './probe.js';
import { PROBE_SHAPE_RULES } from './probe-shapes.js';
import { REFERRAL_LINK_RULES } from './referral-links.js';
import { RENTAL_SCAM_RULES } from './rental-scams.js';
import { RESOURCE_PLUG_RULES } from './resource-plug.js';
import { SCAM_RULES } from './scams.js';
import { NOTICE_LINK_RULES } from './notice-links.js';
import { SERVICE_OFFER_RULES } from './service-offer.js';
import { SERVICE_TERMS_RULES } from './service-terms.js';
import { SHOP_ADVERT_RULES } from './shop-adverts.js';
import { SPINTAX_RULES } from './spintax.js';
import { TESTIMONIAL_RULES } from './testimonials.js';
import { TEXT_RULES } from './text.js';
import { TRADE_CONTACT_RULES } from './trade-contact.js';
import { TEXTING_RULES } from './texting.js';
import { VISIT_INVITE_RULES } from './visit-invite.js';
import { WORK_OFFER_RULES } from './work-offers.js';

export const CATALOG: readonly Rule[] = Object.freeze([
  ...LINK_RULES,
  ...LINK_DROP_RULES,
  ...DOMAIN_RULES,
  ...LOOKALIKE_HOST_RULES,
  ...AUTHOR_RULES,
  ...BUSINESS_AUTHOR_RULES,
  ...TEXT_RULES,
  ...TRADE_CONTACT_RULES,
  ...FLATTERY_RULES,
  ...MACHINE_WRITTEN_RULES,
  ...ON_TOPIC_PRAISE_RULES,
  ...PLACED_LINK_PITCH_RULES,
  ...KEYWORD_HOST_LINK_RULES,
  ...CAMPAIGN_AUTHOR_URL_RULES,
  ...REFERRAL_LINK_RULES,
  ...OTHER_SCRIPT_RULES,
  ...RESOURCE_PLUG_RULES,
  ...OWNER_RULES,
  ...SERVICE_OFFER_RULES,
  ...SERVICE_TERMS_RULES,
  ...VISIT_INVITE_RULES,
  ...SCAM_RULES,
  ...NOTICE_LINK_RULES,
  ...DATING_RULES,
  ...DATING_PROFILE_RULES,
  ...TEXTING_RULES,
  ...TESTIMONIAL_RULES,
  ...WORK_OFFER_RULES,
  ...CJK_TASK_OFFER_RULES,
  ...RENTAL_SCAM_RULES,
  ...COMMERCIAL_AD_RULES,
  ...SHOP_ADVERT_RULES,
  ...BOT_INCOME_RULES,
  ...PRIVATE_CONTACT_RULES,
  ...CHAT_TESTIMONIAL_RULES,
  ...CHAT_OFFER_RULES,
  ...OBFUSCATION_RULES,
  ...META_RULES,
  ...BROWSER_AGE_RULES,
  ...PROBE_RULES,
  ...PROBE_SHAPE_RULES,
  ...SPINTAX_RULES,
  ...PINGBACK_RULES,
  ...PINGBACK_SALES_RULES,
]);

export { createListRules } from '../lists/index.js';
