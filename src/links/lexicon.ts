// The word list the URL word-breaker splits concatenated domain labels and slugs with
// (`viagrapascherfr` → viagra pas cher fr). Data only; see word-break.ts for why it exists.
//
// What belongs here: words spammers put in domains and slugs (pharmacy, casino, loans, crypto,
// SEO, replica goods, adult, essays), the commerce words around them in EN/FR/DE/ES, and enough
// common words of those languages that the words *between* the spam words are found too.
// Keep entries lowercase ASCII a-z, two letters or more (German umlauts as domains write them:
// `gunstig` and `guenstig`). Plurals in -s need no entry: the breaker accepts word+s.
// A word missing here is not an error: an unknown run is kept whole when the rest does not split.

const GROUPS: readonly string[] = [
  // pharmacy
  `viagra cialis levitra kamagra sildenafil tadalafil vardenafil avanafil dapoxetine priligy
   pfizer lilly bayer generic generique generico generika pill pills pharmacy pharma pharmacie
   farmacia apotheke drug drugs drugstore meds medication medicament medicamento medikament
   rx prescription ordonnance receta rezept tablet tablets comprime comprimes pastilla pastillas
   capsule capsules dose dosage mg xanax valium tramadol ambien zolpidem phentermine oxycodone
   oxycontin hydrocodone vicodin adderall ritalin modafinil provigil propecia finasteride
   accutane clomid soma codeine percocet diazepam alprazolam lorazepam klonopin clonazepam
   steroid steroids anabolic testosterone hgh diet slim slimming weight loss fat burn burner
   keto garcinia cambogia detox cbd hemp cannabis kratom erection erectile impotence ed
   enlargement enhancement male libido potency potenz erektion sexual herbal supplement
   supplements vitamin cure remedy treatment health healthy doctor clinic hair`,
  // casino and betting
  `casino casinos poker slot slots bet bets betting bingo roulette blackjack jackpot gamble
   gambling lottery lotto sportsbook bookmaker odds wager spin spins bonus freespins vegas
   jeux jeu juego juegos apuesta apuestas spiel spiele spielen wetten gluck glueck apostas
   aposta cassino win wins winner winning jackpots baccarat dice toto`,
  // loans, money, finance, crypto
  `loan loans payday cash money credit debt mortgage insurance finance financial invest
   investment investing investor trading trader forex binary option options profit profits
   income earn earning rich wealth fund funds funding bank banking pret credito prestamo
   prestamos kredit geld dinero argent bitcoin btc crypto cryptocurrency blockchain ethereum
   eth token tokens coin coins nft wallet mining miner airdrop usdt tether doge defi stake
   staking exchange broker brokers signal signals pips capital rate rates fast quick instant
   approval approved guaranteed easy online apply paypal cashapp venmo western union transfer
   recovery recover hacker hack hackers scam scams refund tax taxes salary`,
  // SEO, marketing, social
  `seo backlink backlinks link links linkbuilding traffic rank ranking google search engine
   marketing market digital agency service services social media followers follower likes
   like subscribers subscriber views view youtube instagram facebook twitter tiktok fb insta
   promo promote promotion boost viral buy sell cheap cheapest best top free trial offer
   offers deal deals discount discounts coupon coupons code codes sale sales shop shops
   shopping store stores outlet outlets order orders price prices review reviews click here
   visit site website web page blog blogs post posts news article articles content writer
   writers writing essay essays paper papers homework assignment assignments thesis
   dissertation academic custom research help service tutor tutoring course courses degree
   diploma certificate online download downloads stream streaming watch movie movies film
   films tv series episode music mp video videos game games gaming play player hack cheat
   cheats generator gift card cards giveaway prize survey app apps software crack keygen
   serial license vpn proxy host hosting server cloud domain domains email mail chat cam cams
   webcam channel subscribe follow share comment comments premium vip pro plus official`,
  // replica, fashion, goods
  `replica replicas fake copy watch watches rolex omega cartier louis vuitton gucci prada
   chanel hermes dior burberry michael kors coach handbag handbags bag bags purse wallet
   ugg uggs boots boot shoes shoe sneakers nike jordan jordans adidas yeezy air max
   jersey jerseys nfl nba mlb shirt shirts tshirt tee tees hoodie dress dresses jewelry
   ring rings gold silver diamond sunglasses oakley rayban ray ban glasses perfume cosmetics
   makeup beauty skin cream anti aging wrinkle`,
  // adult and dating
  `sex sexy porn porno xxx adult nude nudes naked girl girls boy boys hot hottest babe babes
   teen teens milf escort escorts dating date singles single lonely wife wives hookup
   hookups meet love lover lovers cam live chat webcam amateur erotic fetish gay lesbian
   russian brides bride mature horny pussy dick cock`,
  // English, common
  `the and for you your with this that from have are was were will can not all any new
   more most my our out get got one two three four five six ten first last just now how
   what who why when where which about after before over under into best good great nice
   real true big small little long short high low old young man men woman women people
   person kid kids child children baby family home house land city country world life
   time day days night week year years today tomorrow way work job jobs career business
   company group team club center centre school college university student students
   teacher learn learning study guide tips tip tricks trick secret secrets how howto
   make making made do does doing go going come take give make find found know think want
   need use used using see look looking start stop help try top up down off on in at by to
   of or if so no yes as is it be we us me he she they them his her their its an am
   back side front right left fast slow easy hard full open close free paid pay now here
   there every each other another same own only very well also still even much many
   again always never ever better better day love like happy fun funny cool awesome
   amazing beautiful pretty cute wow lol omg please thanks thank welcome hello hi hey
   sun moon star stars sky sea ocean water fire earth wind rain snow ice tree trees
   flower flowers garden park beach lake river mountain island bay port street road
   north south east west red blue green black white yellow orange pink purple brown grey
   gray dark light color colour art arts photo photos photography picture pictures image
   images design designer style fashion food foods recipe recipes cook cooking kitchen
   restaurant cafe coffee tea wine beer bar pub pizza burger cake cakes sweet sweets
   travel trip trips tour tours hotel hotels flight flights car cars auto autos motor
   bike bikes truck bus train boat plane rent rental rentals repair repairs parts part
   phone phones mobile cell smart tech technology computer computers laptop pc mac
   android iphone ipad apple samsung windows linux code coding dev developer data net
   network internet wifi digital electronics gadget gadgets tool tools box boxes kit
   equipment machine power energy solar electric green eco bio organic natural pure
   fresh clean cleaning pet pets dog dogs cat cats animal animals horse fish bird birds
   farm tank frog nation jungle indie pirate pirates king queen prince princess lord god angel angels devil hell heaven
   book books read reading library story stories write word words letter name names
   number numbers list lists form forms file files doc docs pdf report info information
   support contact account accounts login sign signup register join member members
   community forum forums board group groups event events party parties wedding birthday
   gift gifts christmas holiday holidays summer winter spring autumn fall season
   sport sports football soccer basketball baseball tennis golf fitness gym yoga body
   mind soul spirit peace war army police law legal lawyer lawyers attorney court
   justice news press times daily weekly today update updates media radio show shows
   channel channels studio studios production productions records record label band
   song songs sing singer dance dancing dancer rock pop rap hip hop jazz blues metal
   beat beats sound sounds audio radio mix remix official original real fan fans
   star celebrity celebrities famous gossip idol idols king kings crew squad gang
   money price value cost budget cheap luxury quality premium expert experts pro pros
   solution solutions system systems global international local national usa america
   american europe european asia asian africa african india indian china chinese japan
   japanese korea korean london paris berlin madrid york texas florida california
   canada australia uk fr de es it ca au in ru br mx nl ch pl pt jp cn eu inc ltd llc
   corp group holdings enterprises`,
  // French, common and commerce
  `achat acheter achetez vente vendre prix pas cher chere moins meilleur meilleure
   meilleurs gratuit gratuite gratuits livraison rapide en ligne le la les un une des du
   de au aux et ou pour par sur dans avec sans chez ce cette ces mon ma mes ton ta tes
   son sa ses notre nos votre vos leur leurs qui que quoi comment pourquoi quand tout
   tous toute toutes tres bien bon bonne bons beau belle beaux nouveau nouvelle nouveaux
   grand grande petit petite vrai vraie site boutique magasin commande commander
   produit produits offre offres promo promotion solde soldes remise code reduction
   france francais francaise paris lyon marseille pharmacie medicament sante homme hommes
   femme femmes enfant enfants maison jardin voyage voyages vacances hotel voiture
   voitures assurance banque argent gagner gagnez jeu jeux gratuitement plan plans
   rencontre rencontres amour cuisine recette recettes mode beaute conseil conseils
   avis guide forum actualite actualites info infos jour nuit monde vie ville pays
   travail emploi entreprise service services ici voici voila merci salut bonjour`,
  // German, common and commerce
  `kaufen kauf bestellen bestellung gunstig guenstig billig billige billiger preis
   preise rabatt angebot angebote versand kostenlos gratis online shop laden der die das
   den dem des ein eine einen einem einer und oder fur fuer mit ohne von zu zum zur bei
   aus auf im am ist sind war hier jetzt neu neue neuer neues beste bester bestes gut
   gute guter gutes gross grosse klein kleine alle alles mehr sehr schnell sicher
   deutschland deutsch berlin hamburg munchen muenchen wien zurich apotheke rezeptfrei
   potenzmittel haus garten reise reisen auto autos versicherung bank kredit geld
   spiel spiele liebe frau frauen mann manner maenner kind kinder welt leben stadt land
   arbeit firma dienst info infos hilfe tipps test testen vergleich erfahrung
   erfahrungen bewertung bewertungen`,
  // Spanish, common and commerce
  `comprar compra venta vender precio precios barato barata baratos mejor mejores
   gratis envio rapido rapida tienda oferta ofertas descuento descuentos cupon el la los
   las un una unos unas de del al en con sin por para sobre que como cuando donde muy
   mas todo todos toda todas nuevo nueva nuevos bueno buena grande pequeno sitio pagina
   espana mexico madrid barcelona argentina colombia chile peru farmacia medicamento
   salud hombre hombres mujer mujeres nino ninos casa hogar viaje viajes coche coches
   seguro seguros banco dinero juego juegos casino amor vida mundo ciudad pais trabajo
   empresa servicio servicios ayuda consejos guia noticias hola gracias aqui ahora`,
];

/** Every lexicon word, deduplicated, in first-seen order. */
export const LEXICON: readonly string[] = Object.freeze([...new Set(GROUPS.join(' ').split(/\s+/).filter((w) => w !== ''))]);
