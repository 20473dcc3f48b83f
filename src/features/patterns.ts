/**
 * Text evidence shared by the HTML and text paths. Each pattern is anchored or bounded so it
 * runs in linear time on any line.
 */

/** Interface vocabulary: a short line made of these is a control, not prose. Many languages. */
export const UI_LINE =
  /^(?:share(?: this(?: article| story| post)?| on \w+)?|tweet|email|print|save|copy link|subscribe(?: now)?|sign (?:in|up)|log ?in|log ?out|register|menu|search|close|skip to (?:main )?content|home|next|previous|back to top|go ?top|top|more|show more|load more|read more|see more|view more|continue reading|advertisement|advertising|sponsored(?: content)?|ad|comments?|reply|like|follow(?: us)?|newsletter|cookies?|accept(?: all)?(?: cookies)?|privacy policy|terms(?: of (?:use|service))?|contact(?: us)?|about(?: us)?|related(?: articles| stories| posts| news)?|trending|most (?:read|popular|viewed)|recommended(?: for you)?|you may also like|placeholder|quote|teilen|anzeige|werbung|weiterlesen|mehr lesen|abonnieren|anmelden|partager|publicité|lire la suite|s'abonner|connexion|compartir|publicidad|leer más|suscríbete|condividi|pubblicità|leggi anche|compartilhar|publicidade|leia mais|delen|advertentie|lees meer|udostępnij|reklama|czytaj więcej|поделиться|реклама|читать далее|подписаться|分享|广告|更多|関連記事|広告|シェア)[\s.:!»›>|-]*$/i;

/** Counters and timestamps that widgets print: `12 comments`, `3 min read`, `23 hours ago`. */
export const COUNTER_LINE =
  /^(?:[\p{L} ]{1,20}:\s*)?(?:\d[\d.,]*\s*[kmb]?\s*(?:comments?|replies|shares?|views?|likes?|min(?:ute)?s? read|reads?|votes?|points?|photos?|videos?|hours? ago|minutes? ago|mins? ago|days? ago|weeks? ago|months? ago|years? ago|seconds? ago|h ago|d ago|kommentare?|commentaires?|comentarios?)|(?:updated|published|posted)?\s*(?:an?|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|just now|yesterday|today)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\.?$/iu;

/** Reading-time notes: `Reading time: 3 minutes`, `Tempo de leitura: 1 minuto`, `Lesezeit: 4 Min.`. */
export const READING_TIME_LINE = /^(?:estimated )?(?:reading time|read time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|время чтения)\s*:?\s*(?:about\s+)?\d+\s*[\p{L}.]*$/iu;

/** A line that is only a date or a time. */
export const DATE_LINE =
  /^(?:(?:first published|updated|published|posted|last updated|last modified|modified|date|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|mis à jour|publié le|pubblicato|aggiornato)(?: on| am| le| em| el| il)?[:\s]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:[t\s]\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?|(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?\.?$/i;

/** Separators of the parts of a meta line: `Nov 19, 2019 at 6:46 pm ET • 2 min read`. */
export const META_SEPARATOR = /\s+[•|·]\s+/;

/** A byline or attribution line: `By Jane Doe`, `Author Jane Doe`, `Source Reuters`. */
export const BYLINE_LINE = /^(?:(?:by|written by|author|authors|von|par|por|di|door|autor|auteur|автор)\s*[:|]?\s+|(?:作者|记者|記者|撰文|文)\s*[:：]\s*)(\S.{0,80})$/i;
export const SOURCE_LINE = /^(?:(?:source|sources|via|quelle|fuente|fonte|источник)\s*[:|]?\s+|(?:来源|來源|出典)\s*[:：]\s*)(\S.{0,60})$/i;
/** A share bar flattened to one line: `Share: Facebook Twitter`, `Artikel teilen: …`, `分享到：微信 微博`. */
export const SHARE_LINE =
  /^(?:share(?: this)?(?: article| story| post| on)?|artikel teilen|teilen|compartir(?: en)?|partager(?: sur)?|condividi(?: su)?|compartilhar|delen|udostępnij|поделиться|分享(?:到)?|シェア)\s*[:：]/i;
/** Cookie banners in many languages: the word is the same everywhere, the verb says it is a notice. */
export const COOKIE_NOTICE =
  /\bcookies?\b[^\n]{0,200}\b(?:use|uses|used|accept|consent|browsing|browser|experience|verwenden|nutzen|akzeptieren|utilizamos|usamos|aceptar|navegación|utilisons|accepter|navigation|utilizziamo|accetta|navigazione|gebruiken|accepteren|używamy|akceptuj)|(?:we use|wir verwenden|wir nutzen|utilizamos|usamos|nous utilisons|utilizziamo|we gebruiken|używamy|мы используем|используем)[^\n]{0,40}\bcookies?\b|файлы cookie|cookie-файлы/i;
/** Newsletter pitches in many languages: an imperative to sign up, or `our newsletter`. */
export const NEWSLETTER_PITCH =
  /(?:jetzt|hier|kostenlos) abonnieren|abonnez-vous|suscr[ií]bete|iscriviti|inscreva-se|подпишитесь|订阅我们|(?:our|unseren?|nuestro|notre|nostra|nossa|onze|нашу?)\s+(?:free\s+|daily\s+|weekly\s+|kostenlosen\s+)?(?:newsletter|boletín|infolettre|rassegna|nieuwsbrief|рассылку)|\b(?:delivered|straight|directly|right|meet)\s+(?:\w+\s+){0,2}(?:to\s+|in\s+)?your inbox\b/i;

/** The head of a comment: `jjackwagon says:`, `Milan on September 12, 2018 at 4:47 pm said:`. */
export const COMMENT_AUTHOR_LINE = /^\S[^\n]{0,80}\s(?:says|said|wrote|writes|schreibt|schrieb|dit|a écrit|dice|dijo|disse|escreveu|scrive|пишет):?$/i;

/** Closing lines of a story that are about the author or the publication, not the story. */
export const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?: \([^()]{0,80}\))? (?:is|was|has been|joined|writes|covers|reports)\b[^\n]{0,300}\b(?:writer|editor|reporter|journalist|correspondent|author|contributor|columnist|freelance|educator|blogger|covers|reporting|magazine)\b/u;
export const CONTACT_OR_CREDIT =
  /contributed to this (?:report|story|article)|^\((?:reporting|writing|editing|additional reporting) by\b|^(?:reporting|editing) by\b/i;
/** An e-mail address (tried only on text with an `@`: the pattern is slow to fail on every word). */
export const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g;
/** Telephone and fax numbers; with e-mail addresses, several in a paragraph make a contact box, however long. */
export const PHONE =
  /\b(?:tel(?:ephone)?|phone|fax|toll[- ]free(?: number)?|hotline|telefon|téléphone|teléfono|телефон)(?![\p{L}\p{N}])\s{0,3}(?:number\s{0,3})?[:.]?\s{0,3}[+*(]?\d/giu;
/** The legal small print of a site's footer: trademark notices, medical and informational disclaimers. */
export const LEGAL_NOTICE =
  /\b(?:is an?|are)(?: registered)? trademarks? of\b|\bfor (?:general )?(?:informational|information|educational) purposes only\b|\bnot intended to (?:diagnose|treat|replace|be a substitute)\b|^\W?results (?:may )?vary\b/i;
/**
 * A call to act (subscribe, follow, share, sign up) that opens a line, maybe after one short
 * question or sentence (`Need more space? Subscribe…`): a pitch. At the end of a paragraph
 * (`…Read our review here.`) it is the story's own.
 */
export const PITCH =
  /^(?:[^.?!:\n]{0,60}[.?!:]\s+)?(?:subscribe|sign up|join (?:our|us|the)|follow (?:us|our|\w+ on)|share (?:it|this)|click (?:here|the)|download (?:our|the)|get (?:access|our|the latest|a subscription)|support (?:us|our|it)|register|donate|like us|become a (?:member|subscriber|patron)|if you (?:enjoyed|liked|value)|want more|need more|have a tip|don't miss|listen (?:to|on|live)|watch (?:the full|our|live|more)|read (?:the full|more from|our)|find out more)\b/i;
/** A short line that sends the reader somewhere: `GET THE APP BY CLICKING HERE`, `Tap here for more`. */
export const CLICK_HERE = /\b(?:click|clicking|tap|tapping)\s+here\b/i;
/** Disclosures of affiliate links and sponsorship. */
export const DISCLOSURE = /\b(?:may (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission|affiliate (?:links?|commission)|links to (?:online )?retail|sponsored by|paid partnership|this (?:post|article) (?:contains|may contain) (?:affiliate )?links)\b/i;
/** Picture credits: `(Image: GETTY)`, `Photo: Jane Doe/Reuters`, `… /Getty Images`. */
export const PICTURE_CREDIT =
  /^(?:image|photo(?:graph)?|picture|file photo|foto|bild|credit)s?\s*(?:credit)?\s*:|^(?:image|photo) caption\b|\((?:image|photo|picture|credit|foto|bild)s?:[^()]{1,60}\)$|\bgetty images$|\/(?:ap|afp|reuters|getty|epa|shutterstock)$/i;
/**
 * Captions a dump keeps in the flow of text: the wire services' `In this Dec. 12, 2006, file
 * photo, …`, and a slideshow's `1of4` counter glued to the caption.
 */
export const CAPTION = /^(?:in this (?:[^\n]{0,60}? )?(?:file |handout )?(?:photo|image|picture|photograph)\b|\d{1,3} ?of ?\d{1,3}(?=\p{Lu}))/iu;
/** Publication stamps with more than one date: `Published: Nov. 19, 2019, 6:18 p.m. Updated: …`. */
export const PUBLICATION_STAMP = /^(?:first published|published|updated|posted|last updated|publicado|veröffentlicht|publié)(?![\p{L}\p{N}])[^\n]{0,100}\d/iu;
/** The words a date or a time is made of, in English: most of a stamp's words are these. */
export const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|a|p|m|am|pm|et|pt|ct|gmt|utc|bst|cet|est|edt|pst|pdt|cst|cdt|at|on|published|updated|first|posted|last)$/i;
/** A name, a dash, a date: `Chris Davies - Nov 19, 2019, 10:31 pm CST`. */
export const NAME_AND_DATE = /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}\s+[-–—|·•]\s+[^\n]{0,40}\d{4}\b/u;

/** Slide and page counters, word counts: `1 of 6`, `Wordcount: 717`. */
export const POSITION_LINE = /^(?:\d{1,4} (?:of|von|de|di|из) \d{1,4}|(?:word ?count|words)\s*:?\s*\d+|page \d+(?: of \d+)?)$/i;

/** Boilerplate sentences: disclaimers, rights notices, cookie and newsletter pitches. */
export const BOILERPLATE_SENTENCE =
  /^(?:disclaimer|copyright|©|\(c\)|all rights reserved|this (?:site|website) uses cookies|we use cookies|by (?:clicking|continuing|using)|sign up (?:for|to)|subscribe to|get (?:our|the) (?:latest|free|daily|weekly)|follow us|click here|related:|read more:|see also:|advertisement|image (?:source|credit)|photo(?:graph)?:|getty images|terms and conditions)|all rights reserved|(?:^|\s)©\s?\d{4}|cookies? (?:policy|settings)|privacy policy|past performance is not indicative|save my name|your email address will not be published|please be respectful|comments? (?:are|is) moderated|(?:our|the) comment(?:ing)? policy|community (?:guidelines|standards)|required fields are marked|notify me of (?:new|follow-up)|^citation:/i;

/** A heading that opens a widget rather than a part of the story. */
export const WIDGET_HEADING =
  /^(?:related|more (?:from|on|in|stories|news|articles)|(?:more|other) (?:[\p{L}’'-]+ ){1,3}(?:stories|news|articles|posts|reads)$|recommended|you (?:may|might) (?:also )?(?:like|enjoy)|read (?:next|more|also)|most (?:read|popular|viewed|shared)|trending|popular|latest(?: news| stories| articles)?|top stories|also (?:read|on)|see also|further reading|comments?|leave a (?:reply|comment)|join the (?:discussion|conversation)|share this|about the author|newsletter|sign up|subscribe|advertisement|sponsored|follow us|tags?|topics?|categories|weitere artikel|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|te puede interesar|más noticias|leggi anche|potrebbe interessarti|leia também|veja também|читайте также|相关|関連)(?![\p{L}\p{N}])/iu;

/** The heading of an author box: `About Jane Doe`, `Über Moritz Bachmann`, `Sobre Carlos Nadalim`. */
export const AUTHOR_BOX_HEADING =
  /^(?:[Aa]bout|ABOUT|Über|ÜBER|[Ss]obre|À propos de|A proposito di|Over) (?:[Tt]he [Aa]uthor|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$/u;

/**
 * Class and id words of boilerplate containers (Readability's idea, our own lists). Strong words
 * name a container that is never the story; weak words only lean that way (page builders call
 * their text boxes widgets, and themes put `meta` or `header` on wrappers of the story).
 */
export const STRONG_NEGATIVE_HINT =
  /(?:^|[\s_-])(?:comment|comments|commentlist|disqus|share|sharing|social|related|recommend|recommended|recommendations|sidebar|footer|nav|navbar|navigation|menu|breadcrumbs?|cookie|consent|gdpr|popup|modal|newsletter|subscribe|subscription|signup|cta|outbrain|taboola|trending|more-stories|author-bio|pagination|pager)(?:$|[\s_-])/i;
export const WEAK_NEGATIVE_HINT =
  /(?:^|[\s_-])(?:promo|sponsor|sponsored|advert|advertisement|ads?|adslot|banner|widget|masthead|header|teaser|teasers|popular|tags?|byline|meta|toolbar|skip)(?:$|[\s_-])/i;
export const POSITIVE_HINT =
  /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|story|story-body|storybody|entry|entry-content|post|post-content|post-body|content-body|main-content|body-text|text|prose|blog|rich-text|richtext)(?:$|[\s_-])/i;

/** Marks lynx leaves in its dumps: buttons, form fields, images named by file, link numbers. */
export const LYNX_ARTIFACT = /\(BUTTON\)|\[(?:INS|DEL|IMG|image|[^\]\s]{1,80}\.(?:jpe?g|png|gif|svg|webp))[^\]]{0,40}\]|\[\d{1,5}\]|_{3,}/gi;

/** Sentence ends, in Latin and CJK punctuation. */
export const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
export const SENTENCE_SPLIT = /[.!?。！？]["'”’»)]*(?:\s|$)/gu;
