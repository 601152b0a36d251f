// Word roles of the advert-shaped blog-queue rules of session 13 (TEXT_SHOP_ADVERT in
// shop-adverts.ts, LINK_PLACED_PITCH in placed-link-pitch.ts, TEXT_DATING_PROFILE in dating-profile.ts, TEXT_SERVICE_OFFER in
// service-offer.ts), and the bits the shared word scan gives each body word for them
// (machine-words.ts adds them to its map, so a comment costs no lookup of its own). Kept apart from
// the rules, which read the scan, so the scan can compile them without a module cycle.
//
// The family, as forum moderators, WordPress site owners and anti-spam lists describe it: a
// business pastes its advert under any post, usually in its own language, whatever the blog
// writes in ("renovation of flats, fast, cheap, with a guarantee, call!"; "wholesale wool, free
// shipping, add us on WeChat"). Whatever it sells, an advert is made of the same moves: the
// selling points (cheap, discount, best prices, free delivery, guarantee, wholesale, fast,
// quality), a call to act (call, order, write, contact, visit, book), and often the seller
// itself (our company, shop, catalog, services, "we offer"). These lists are those moves in the
// languages this spam is most often written in (Russian, Ukrainian, Polish, German, French,
// Spanish, Portuguese, Italian, Dutch, Turkish, Indonesian, Greek, Arabic, Hindi; Chinese,
// Japanese, Korean and Thai in UNSPACED below), written from the languages' ordinary advertising
// vocabulary, not from any comment. English is left out on purpose: the blogs the rule protects
// are mostly English, and its readers' everyday words (free, fast, best, call, order, shop) are
// these very words; English adverts are read by the trade vocabularies (vocabulary.ts) and
// TEXT_COMMERCIAL_AD. Body words arrive lower-cased with Latin diacritics folded: withFoldedForms
// adds the folded spelling of each.
import { withFoldedForms } from './fold-words.js';

/** Machine-word bits (machine-words.ts) of the three moves; high bits, clear of the machine lists'. */
export const M_AD_OFFER = 1 << 20;
export const M_AD_CALL = 1 << 21;
export const M_AD_SELLER = 1 << 22;
/** LINK_PLACED_PITCH (placed-link-pitch.ts): a word that pitches a service or a deal, and a word that points readers somewhere. */
export const M_PITCH = 1 << 23;
export const M_POINTER = 1 << 24;
/** TEXT_DATING_PROFILE (dating-profile.ts): where to see her, and what she seeks. */
export const M_DATE_PROFILE = 1 << 25;
export const M_DATE_SEEK = 1 << 26;
/** TEXT_SERVICE_OFFER (service-offer.ts): the one-person or agency seller, and the terms of its offer. */
export const M_SERVICE_SELLER = 1 << 27;
export const M_SERVICE_TERMS = 1 << 28;

/** Selling points: price, discount, delivery, guarantee, speed and quality as an advert states them. */
export const AD_OFFER_WORDS: readonly string[] = withFoldedForms([
  // Russian, Ukrainian
  'недорого', 'недорогие', 'дешево', 'дёшево', 'дешевле', 'скидка', 'скидки', 'скидкой', 'скидку', 'скидками', 'акция', 'акции',
  'гарантия', 'гарантией', 'гарантию', 'быстро', 'качественно', 'качественный', 'качественные', 'бесплатно', 'бесплатный',
  'бесплатная', 'бесплатной', 'доставка', 'доставкой', 'доставку', 'оптом', 'опт', 'розница', 'цены', 'ценам', 'выгодно',
  'выгодные', 'надежно', 'надёжно', 'распродажа', 'ассортимент', 'знижка', 'знижки', 'знижкою', 'гарантія', 'гарантією',
  'швидко', 'якісно', 'безкоштовно', 'доставкою', 'ціни',
  // Polish
  'tanio', 'tanie', 'promocja', 'promocje', 'rabat', 'rabaty', 'zniżka', 'zniżki', 'gwarancja', 'gwarancją', 'szybko',
  'darmowa', 'darmowy', 'dostawa', 'hurtowo', 'hurt', 'najniższe', 'wyprzedaż', 'okazyjne',
  // German, Dutch
  'günstig', 'günstige', 'günstigen', 'preiswert', 'rabatt', 'sonderpreis', 'sonderpreisen', 'versandkostenfrei', 'lieferung',
  'hochwertige', 'hochwertigen', 'garantie', 'kostenlos', 'kostenlose', 'kostenloser', 'großhandel', 'auswahl', 'sparen',
  'goedkoop', 'goedkope', 'korting', 'aanbieding', 'bezorging', 'voordelig', 'groothandel',
  // Session 16b: the neuter and dative inflections the list lacked ("kostenloses Beratungsgespräch").
  'kostenloses', 'kostenlosen', 'günstiges',
  // French, Spanish, Portuguese, Italian
  'promo', 'promotion', 'remise', 'réduction', 'livraison', 'gratuite', 'grossiste', 'soldes', 'barato', 'baratos', 'económico',
  'económicos', 'descuento', 'descuentos', 'garantía', 'garantizado', 'envío', 'rápido', 'rápidos', 'rápida', 'mayoreo',
  'mayorista', 'promoção', 'desconto', 'descontos', 'garantia', 'frete', 'grátis', 'atacado', 'sconto', 'sconti', 'garanzia',
  'spedizione', 'ingrosso', 'economico',
  // Turkish, Indonesian
  'ucuz', 'uygun', 'indirim', 'kampanya', 'garantili', 'ücretsiz', 'hızlı', 'kaliteli', 'sigortalı', 'fiyat', 'fiyatlar',
  'toptan', 'murah', 'diskon', 'garansi', 'ongkir', 'terpercaya', 'berkualitas', 'grosir',
  // Session 16b: Turkish "delivery", Indonesian "shipping"; Persian (cheap, discount, free, shipping,
  // best price), the language of the Iranian shop adverts posted under blogs of any language.
  'teslimat', 'kargo', 'pengiriman', 'ارزان', 'تخفیف', 'رایگان', 'ارسال', 'ارزانترین',
  // Greek, Arabic, Hindi
  'φθηνά', 'έκπτωση', 'εκπτώσεις', 'προσφορά', 'εγγύηση', 'δωρεάν', 'أسعار', 'بأسعار', 'سعر', 'خصم', 'خصومات', 'عروض', 'ضمان',
  'مجاني', 'مجانا', 'توصيل', 'أفضل', 'مناسبة', 'رخيص', 'سريع', 'सस्ता', 'सस्ते', 'छूट', 'गारंटी', 'मुफ्त', 'कीमत', 'सुरक्षित',
  'बेहतरीन',
  // After reading set 8: Hebrew (fast, discount(s), free, delivery, cheap, sale, guarantee).
  'מהירה', 'מהיר', 'הנחה', 'הנחות', 'חינם', 'משלוח', 'זול', 'מבצע', 'אחריות',
]);

/** The call to act: call, order, buy, write, contact, visit, book (imperatives and the advert's headline infinitives). */
export const AD_CALL_WORDS: readonly string[] = withFoldedForms([
  'звоните', 'позвоните', 'пишите', 'напишите', 'обращайтесь', 'заказывайте', 'закажите', 'заказать', 'купить', 'заходите',
  'переходите', 'подробности', 'подробнее', 'приглашаем', 'дзвоніть', 'телефонуйте', 'пишіть', 'звертайтесь', 'звертайтеся',
  'замовляйте', 'замовте', 'замовити', 'купити', 'заходьте', 'детальніше',
  'zadzwoń', 'dzwoń', 'zamów', 'zamawiaj', 'zapraszamy', 'kup', 'odwiedź', 'szczegóły',
  'bestellen', 'kaufen', 'anrufen', 'kontaktieren', 'besuchen', 'bestel', 'bezoek', 'reserveer',
  'appelez', 'commandez', 'contactez', 'réservez', 'visitez', 'profitez', 'llame', 'llámenos', 'llámanos', 'pide', 'pídelo',
  'solicita', 'solicítalo', 'contáctanos', 'visítanos', 'escríbenos', 'ligue', 'peça', 'compre', 'visite', 'acesse', 'chiama',
  'chiamaci', 'contattaci', 'ordina', 'acquista', 'prenota',
  'arayın', 'ulaşın', 'sipariş', 'tıklayın', 'hubungi', 'kunjungi', 'pesan',
  // Session 16b: Turkish "satın (al)", buy; Russian "apply / arrange (online)" and "subscribe" (a
  // channel's advert); Persian "buy, order, contact".
  'satın', 'оформите', 'оформляйте', 'подписывайтесь', 'خرید', 'سفارش', 'تماس',
  // Second pass (after reading sets 24 and 25): "discover (our …)", the advert's imperative in French,
  // German, Spanish, Portuguese, Italian, Dutch and Polish.
  'découvrez', 'entdecken', 'descubre', 'descubra', 'scopri', 'ontdek', 'odkryj',
  // Session 14b: Zalo, the messenger Vietnamese adverts give as their contact (as Chinese ones give 微信).
  'zalo',
  'καλέστε', 'παραγγείλτε', 'επικοινωνήστε', 'اتصل', 'اطلب', 'تواصل', 'احجز', 'زوروا', 'سارع', 'कॉल', 'संपर्क', 'ऑर्डर',
  // After reading set 8: Hebrew (call, leave your details, order, contact).
  'התקשרו', 'השאירו', 'הזמינו', 'צרו',
]);

/** The seller: a company, shop, catalog or services, or "we offer / we make" in the seller's voice. */
export const AD_SELLER_WORDS: readonly string[] = withFoldedForms([
  'компания', 'компании', 'фирма', 'магазин', 'магазине', 'каталог', 'каталоге', 'услуги', 'предлагаем', 'делаем',
  'предлагает', // Session 14b: "(the company) offers", the advert's third person

  'производитель', 'компанія', 'фірма', 'послуги', 'пропонуємо', 'firma', 'sklep', 'sklepie', 'usługi', 'oferujemy',
  'onlineshop', 'dienstleistungen', 'sortiment', 'webshop', 'entreprise', 'société', 'boutique', 'proposons', 'empresa', 'tienda',
  'servicios', 'ofrecemos', 'loja', 'serviços', 'oferecemos', 'azienda', 'negozio', 'servizi', 'offriamo', 'şirket', 'mağaza',
  'hizmetleri', 'hizmetlerimiz', 'toko', 'jasa', 'layanan', 'εταιρεία', 'κατάστημα', 'شركة', 'متجر', 'خدمات', 'نقدم',
  // Session 16b: German "(wir) bieten", Russian "(I want) to offer", Indonesian "jual" (sell, the
  // headline verb of its adverts), Persian "shop" and "sale".
  'bieten', 'предложить', 'jual', 'فروشگاه', 'فروش',
  // Second pass: Turkish "our service", as the noun carries "our".
  'hizmetimize', 'hizmetimizi', 'hizmetimiz',
  'कंपनी', 'सेवा', 'सेवाएं',
]);

/**
 * The same moves in scripts written without spaces (and Korean, whose words take particles),
 * matched as substrings when the scan saw such a word.
 */
export const AD_UNSPACED: readonly (readonly [number, readonly string[]])[] = [
  [M_AD_OFFER, [
    '优惠', '折扣', '包邮', '免费', '低价', '特价', '快速', '正规', '一站式', '批发', '质量保证', '激安', '格安', '送料無料', '割引',
    '無料', '最安', 'セール', '特価', '할인', '무료', '최저가', '당일', '빠른', '저렴', '특가', 'ราคาถูก', 'ส่วนลด', 'ส่งฟรี',
    'โปรโมชั่น', 'รับประกัน',
    // Session 14b: Chinese "good value, cheap, confidential" (价格实惠, 便宜, 保密), the selling points of
    // the grey-service adverts (papers, visas, certificates) posted under any blog.
    '实惠', '便宜', '保密',
  ]],
  // ('지금 바로', "right now", after reading set 8: TEXT_COMMERCIAL_AD's Korean call too.)
  [M_AD_CALL, ['咨询', '联系', '微信', '来电', '点击', '访问', '立即', '今すぐ', 'お問い合わせ', 'ご注文', '予約', '상담', '문의', '신청', '방문해', '연락', '지금 바로', 'ติดต่อ', 'สั่งซื้อ', 'แอดไลน์']],
  // Session 14b: and the Chinese "done for you" services that sell themselves by 代 (代写 writing, 代办
  // paperwork, 代考 exam-taking): the seller of those adverts, as 公司 is of a company's.
  [M_AD_SELLER, ['公司', '本店', '我们', '专业', '当店', '弊社', '販売中', '저희', '업체', 'ร้าน', 'บริษัท', '代写', '代办', '代考']],
];

/**
 * LINK_PLACED_PITCH's pitch words: what a link placed for a business says of what is behind it (a
 * professional, affordable, certified service, deals, quotes, hire), in English and the languages
 * such comments are generated in. Marketing copy's ordinary words, not any comment's.
 */
export const PITCH_WORDS: readonly string[] = withFoldedForms([
  'professional', 'affordable', 'premium', 'certified', 'services', 'deals', 'hire', 'quotes', 'discount', 'discounts',
  'supplier', 'suppliers', 'rental', 'rentals', 'bespoke', 'specialists', 'installers', 'coupon', 'coupons', 'buying',
  'professionelle', 'professionellen', 'dienstleistungen', 'fachbetrieb', 'zertifizierte', 'professionnel', 'professionnels',
  'abordable', 'abordables', 'devis', 'prestations', 'profesional', 'profesionales', 'asequible', 'asequibles', 'servicios',
  'professionale', 'professionali', 'preventivo', 'preventivi', 'servizi', 'conveniente', 'profesjonalne', 'profesjonalny',
  'usługi', 'wycena', 'professionele', 'voordelige', 'offerte', 'diensten', 'profesjonell', 'profesjonelle', 'rimelig',
  'rimelige', 'professionel', 'profissional', 'profissionais', 'orçamento', 'serviços',
]);

/**
 * LINK_PLACED_PITCH's pointers: the verb or pronoun that sends other readers to the link ("readers
 * can visit", "for those …", "check", "I recommend"), besides the audience words the machine rules
 * already read (anyone, readers, owners, learners).
 */
export const POINTER_WORDS: readonly string[] = withFoldedForms([
  'visit', 'check', 'try', 'find', 'offers', 'recommend', 'browse', 'explore', 'those', 'consiglio', 'consigliato', 'polecam',
  'empfehle', 'empfehlen', 'recomiendo', 'recomendado', 'recommande', 'aanrader', 'anbefaler', 'anbefales', 'rekommenderar',
  'besuchen', 'visitez', 'visita', 'sprawdź', 'zobacz', 'kijk', 'sjekk', 'tjek', 'kolla', 'recomendo',
]);

/**
 * TEXT_DATING_PROFILE's "where to see me": her photos, profile or questionnaire (анкета), in the
 * languages dating spam is machine-translated into. Ordinary words; the rule needs them beside
 * what she seeks and a way to reach her.
 */
export const DATE_PROFILE_WORDS: readonly string[] = withFoldedForms([
  'profile', 'photos', 'pics', 'pictures', 'selfies', 'анкета', 'анкету', 'анкете', 'анкеты', 'фото', 'фотки', 'фотографии',
  'профиль', 'профиле', 'bildene', 'bilder', 'bilderna', 'billeder', 'billederne', 'fotos', 'zdjęcia', 'fotki', 'perfil',
  'profil', 'profilo', 'profiel', 'foto', 'fotoğraflarım', 'kuvani', 'kuviani',
]);

/**
 * What she seeks: a man, a relationship, to get acquainted, or the endearments such invitations
 * open with (handsome, kjekken; not "honey", which is also a show class), in the same languages.
 */
export const DATE_SEEK_WORDS: readonly string[] = withFoldedForms([
  'seeking', 'relationship', 'romance', 'lonely', 'sweetie', 'handsome', 'widow', 'søker', 'mann', 'kjekken', 'kjekk',
  'söker', 'søger', 'ищу', 'отношения', 'отношений', 'познакомлюсь', 'познакомиться', 'знакомства', 'знакомства', 'мужчиной',
  'мужчину', 'мужчина', 'встреч', 'встречи', 'шукаю', 'стосунків', 'szukam', 'związku', 'mężczyzny', 'busco', 'relación',
  'hombre', 'cherche', 'homme', 'beziehung', 'suche', 'cerco', 'relazione', 'uomo', 'procuro', 'relacionamento', 'homem',
  'zoek', 'relatie', 'arıyorum', 'ilişki', 'etsin', 'miestä',
  // Session 17c: "friendship (and more)", the card's other thing sought.
  'friendship',
]);

/**
 * TEXT_SERVICE_OFFER's seller: who writes to the owner to sell their work, as freelancers' and
 * agencies' outreach introduces itself ("I am a virtual assistant", "I'm a full stack developer",
 * "we help / build / create"), in English and the languages such pitches are sent in.
 */
export const SERVICE_SELLER_WORDS: readonly string[] = withFoldedForms([
  'assistant', 'developer', 'designer', 'writer', 'copywriter', 'freelancer', 'freelance', 'marketer', 'specialist', 'consultant',
  'agency', 'help', 'build', 'create', 'manage', 'design', 'provide', 'specialise', 'specialize',
  'asystentka', 'asystent', 'programista', 'projektant', 'copywriterka', 'pomagamy', 'tworzymy', 'assistante', 'développeur',
  'rédacteur', 'rédactrice', 'asistente', 'desarrollador', 'diseñador', 'redactor', 'entwickler', 'texter', 'texterin',
  'hjelper', 'lager', 'utvikler', 'hjælper', 'hjälper', 'helpen', 'bouwen', 'ontwikkelaar',
  // After reading set 8: the infinitive after "can" ("vi kan hjelpe deg", "we can help").
  'hjelpe', 'hjælpe', 'hjälpa',
]);

/**
 * TEXT_SERVICE_OFFER's terms: what the pitch quotes for the work (an hourly rate, a free trial,
 * samples, a portfolio, no set-up fee, packages, a quote, "15 minutes"), the same languages.
 */
export const SERVICE_TERMS_WORDS: readonly string[] = withFoldedForms([
  'hourly', 'hour', 'rate', 'rates', 'trial', 'samples', 'portfolio', 'upfront', 'setup', 'packages', 'quote', 'minutes',
  'godzinę', 'stawka', 'próbny', 'portfolio', 'heure', 'tarif', 'tarifs', 'essai', 'hora', 'tarifa', 'tarifas', 'prueba',
  'stunde', 'stundensatz', 'probe', 'testphase', 'timen', 'timepris', 'prøveperiode', 'uur', 'uurtarief', 'proefperiode',
  // After reading set 8: the free audit or quote such pitches close on ("gratis analyse / tilbud").
  'audit', 'analyse', 'analys', 'tilbud', 'erbjudande',
  // Second pass, session 15 (after reading set 19): the fee the seller names ("for a small weekly fee").
  'fee', 'fees',
]);
