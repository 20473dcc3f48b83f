#!/usr/bin/env node
// Writes the charset fixtures of test/charset.test.ts: small news article pages, each stored as
// raw bytes in a legacy or mislabelled charset, and fixtures/charsets/expected.json (UTF-8) with
// the original strings every page was encoded from (headline, paragraphs, sentences to find).
//
// Every page is encoded with iconv-lite and decoded back before it is written: a character the
// charset cannot hold would silently become `?`, and the test would then compare against a
// string the page never contained.
//
// usage: node scripts/make-charset-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'charsets');

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small article page: head, a nav list, the article (h1 + paragraphs) and a footer. */
function page({ lang, decl, headExtra = '', declAfterExtra = false, site, nav, headline, paragraphs, footer }) {
  const head = declAfterExtra
    ? [`<title>${escapeHtml(headline)} - ${escapeHtml(site)}</title>`, headExtra, decl]
    : [decl, `<title>${escapeHtml(headline)} - ${escapeHtml(site)}</title>`, headExtra];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
${head.filter(Boolean).join('\n')}
</head>
<body>
<header class="site-header">
<a class="logo" href="/">${escapeHtml(site)}</a>
<nav class="main-nav">
<ul>
${nav.map(([href, label]) => `<li><a href="${href}">${escapeHtml(label)}</a></li>`).join('\n')}
</ul>
</nav>
</header>
<main>
<article class="story">
<h1>${escapeHtml(headline)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</main>
<footer class="site-footer">
<p>${escapeHtml(footer)}</p>
</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// The stories (original text written for these fixtures)
// ---------------------------------------------------------------------------------------------

const ZH_HANS = {
  lang: 'zh-CN',
  site: '江城日报',
  nav: [['/', '首页'], ['/local/', '本地'], ['/china/', '国内'], ['/world/', '国际'], ['/finance/', '财经'], ['/sports/', '体育'], ['/culture/', '文化']],
  headline: '本市新开三条夜间公交线路，晚归市民出行更方便',
  paragraphs: [
    '市交通运输局昨日宣布，从下月一日起，本市将新开通三条夜间公交线路，运营时间为每晚二十三时至次日凌晨五时。新线路覆盖火车站、三家大型医院和两个工业园区，预计每晚可服务乘客约六千人次，票价与日间线路保持一致。',
    '据介绍，线路走向是在去年秋季的问卷调查基础上确定的。调查共收回有效问卷一万两千余份，其中近四成受访者表示曾因末班车过早而不得不选择出租车或步行回家。医院护士、餐饮从业者和物流工人是夜间出行需求最集中的三类人群。',
    '为保障夜间行车安全，所有夜班车辆均加装了驾驶员疲劳监测设备，车厢内的照明也比日间更亮。公交公司还在沿线增设了二十处带有电子站牌的候车亭，乘客可以通过手机查询车辆的实时位置，减少在路边等候的时间。',
    '交通运输局有关负责人表示，夜间线路将试运行半年，期间会根据客流数据调整发车间隔和站点设置。如果试运行效果良好，明年还计划在城东新区增开两条线路，并与地铁末班车实现换乘衔接。',
  ],
  sentences: ['调查共收回有效问卷一万两千余份，其中近四成受访者表示曾因末班车过早而不得不选择出租车或步行回家。'],
  footer: 'Copyright 2024 江城日报社 版权所有 未经授权不得转载',
};

const ZH_HANT = {
  lang: 'zh-TW',
  site: '南方時報',
  nav: [['/', '首頁'], ['/politics/', '政治'], ['/society/', '社會'], ['/life/', '生活'], ['/world/', '國際'], ['/finance/', '財經'], ['/sports/', '體育']],
  headline: '山區小學推動晨讀計畫，三年借書量成長一倍',
  paragraphs: [
    '位於山區的一所國民小學，三年前開始推動每天早上二十分鐘的晨讀時間。校方統計，全校學生去年共借閱圖書八千多冊，是計畫開始前的兩倍，不少家長也發現孩子回家後主動拿起課外書的次數明顯增加。',
    '校長表示，學校距離最近的公共圖書館需要開車四十分鐘，許多學生過去很少有機會接觸新書。為此，學校向地方企業募集了兩千多本童書，並把原本閒置的教室改建成有木頭書架和地墊的閱讀角落。',
    '負責計畫的老師說，晨讀時間不考試、不寫心得，孩子可以自由選擇想看的書。「我們只要求他們把書帶回座位，安靜讀完二十分鐘。」她說，一開始有學生只翻漫畫，但幾個月後，許多人開始主動借閱科普和歷史讀物。',
    '縣政府教育處計畫明年把這套做法推廣到另外十二所偏鄉學校，並編列經費補助購書與培訓志工。教育處也將邀請大學研究團隊追蹤學生的閱讀習慣，評估晨讀對語文成績與學習態度的長期影響。',
  ],
  sentences: ['為此，學校向地方企業募集了兩千多本童書，並把原本閒置的教室改建成有木頭書架和地墊的閱讀角落。'],
  footer: 'Copyright 2024 南方時報 版權所有 請勿轉載',
};

const JA = {
  lang: 'ja',
  site: '湊新聞',
  nav: [['/', 'トップ'], ['/local/', '地域'], ['/society/', '社会'], ['/economy/', '経済'], ['/world/', '国際'], ['/sports/', 'スポーツ'], ['/culture/', '文化']],
  headline: '商店街の空き店舗に子ども食堂、週三回の営業始まる',
  paragraphs: [
    '市中心部の商店街で、長く空き店舗となっていた元呉服店を改装した子ども食堂が今月から営業を始めた。運営するのは地元の主婦や退職した教員らでつくる市民団体で、月曜、水曜、金曜の夕方に、小学生から高校生までを対象に温かい食事を無料で提供している。',
    '食材の多くは、商店街の八百屋や精肉店、近隣の農家から寄付されたものだ。初日には約四十人の子どもが訪れ、野菜たっぷりの豚汁と炊き込みご飯を味わった。団体の代表は「ここが子どもたちにとって、家と学校以外の居場所になれば」と話している。',
    '商店街振興組合によると、通りに面した店舗のおよそ三割が現在も空いたままになっている。組合は家主と交渉して家賃を一定期間引き下げてもらい、地域の活動に使ってもらう取り組みを昨年から進めており、今回の食堂はその第三号となる。',
    '市は来年度、同様の取り組みに対して改装費の一部を補助する制度を設ける方針だ。担当者は、人通りが戻れば周辺の店の売り上げにもつながると期待を寄せており、夏休み期間中には学習支援の教室を併設することも検討している。',
  ],
  sentences: ['初日には約四十人の子どもが訪れ、野菜たっぷりの豚汁と炊き込みご飯を味わった。'],
  footer: 'Copyright 2024 湊新聞社 記事・写真の無断転載を禁じます。',
};

const KO = {
  lang: 'ko',
  site: '한빛일보',
  nav: [['/', '홈'], ['/politics/', '정치'], ['/economy/', '경제'], ['/society/', '사회'], ['/world/', '국제'], ['/culture/', '문화'], ['/sports/', '스포츠']],
  headline: '전통시장 상인들, 공동 배달 서비스 시작',
  paragraphs: [
    '서울 시내의 한 전통시장 상인들이 힘을 모아 공동 배달 서비스를 시작했다. 시장 안 오십여 개 점포에서 산 물건을 한 번에 모아 집까지 가져다주는 방식으로, 주문은 전화나 모바일 앱으로 받고 오후 세 시 이전에 주문하면 당일 저녁에 받을 수 있다.',
    '상인회에 따르면 서비스를 시작한 지 한 달 만에 하루 평균 주문 건수가 백이십 건을 넘어섰다. 특히 무거운 쌀이나 과일 상자를 들고 가기 어려운 노년층 고객의 이용이 많았고, 맞벌이 가정의 저녁 장보기 주문도 꾸준히 늘고 있다.',
    '배달은 인근에 사는 주민 여덟 명이 맡고 있으며, 구청이 전기 자전거와 보냉 가방 구입비의 절반을 지원했다. 한 채소 가게 주인은 "손님이 줄어 걱정이 많았는데, 이제는 단골들이 집에서도 우리 물건을 찾아 준다"고 말했다.',
    '상인회는 올해 안에 배달 가능 지역을 시장 반경 삼 킬로미터까지 넓히고, 주말에도 서비스를 운영할 계획이다. 구청은 다른 전통시장에도 같은 방식을 소개하고 필요한 장비를 지원하는 방안을 검토하고 있다.',
  ],
  sentences: ['상인회에 따르면 서비스를 시작한 지 한 달 만에 하루 평균 주문 건수가 백이십 건을 넘어섰다.'],
  footer: 'Copyright 2024 한빛일보. 무단 전재 및 재배포 금지.',
};

const RU_NAV = [['/', 'Главная'], ['/city/', 'Город'], ['/politics/', 'Политика'], ['/economy/', 'Экономика'], ['/sport/', 'Спорт'], ['/culture/', 'Культура']];

const RU_1251 = {
  lang: 'ru',
  site: 'Городские вести',
  nav: RU_NAV,
  headline: 'В городе открылась первая велодорожка вдоль набережной',
  paragraphs: [
    'Во вторник в городе официально открыли первую велодорожку, которая проходит вдоль всей набережной — от речного вокзала до центрального парка. Длина маршрута составляет почти шесть километров, а строительство заняло около полутора лет. Дорожка отделена от пешеходной зоны невысоким бордюром и освещается в тёмное время суток.',
    'По словам заместителя главы администрации, идея появилась после опроса жителей, проведённого позапрошлой весной. Больше половины участников ответили, что ездили бы на работу на велосипеде, если бы это было безопасно. «Теперь у людей есть такая возможность, и мы будем следить, как часто ею пользуются», — сказал он.',
    'Вдоль маршрута установили двенадцать стоянок для велосипедов, три станции для ремонта с насосами и набором инструментов, а также питьевые фонтанчики. В ближайшие недели на набережной должны появиться пункты проката, где велосипед можно будет взять на час или на целый день.',
    'Городские власти планируют в следующем году продлить дорожку до нового жилого района на северной окраине. Общественники, впрочем, напоминают, что на многих перекрёстках по пути к набережной до сих пор нет удобных съездов, и просят начать именно с них.',
  ],
  sentences: [
    'Больше половины участников ответили, что ездили бы на работу на велосипеде, если бы это было безопасно.',
    '«Теперь у людей есть такая возможность, и мы будем следить, как часто ею пользуются», — сказал он.',
  ],
  footer: '© 2024 «Городские вести». Все права защищены.',
};

// KOI8-R has neither guillemets nor dashes: this story is written without them.
const RU_KOI8 = {
  lang: 'ru',
  site: 'Северный курьер',
  nav: RU_NAV,
  headline: 'Областная библиотека перешла на круглосуточную выдачу книг',
  paragraphs: [
    'С понедельника читатели областной библиотеки могут брать и возвращать книги в любое время суток. У главного входа установили автоматический шкаф с ячейками: заказанное издание кладут туда сотрудники, а читатель открывает ячейку с помощью кода, который приходит в сообщении на телефон.',
    'Как рассказала директор библиотеки, за первую неделю через автомат выдали более трёхсот книг. Чаще всего им пользуются студенты и люди, которые работают посменно и не успевают прийти днём. Возвращать книги можно в отдельное окно рядом со шкафом, даже если они были взяты в читальном зале.',
    'Шкаф обошёлся в два миллиона рублей, половину этой суммы выделил областной бюджет. Остальные деньги собрали на благотворительной ярмарке, которую библиотека проводила прошлой осенью. Сотрудники говорят, что ярмарку планируют сделать ежегодной.',
    'Если опыт окажется удачным, похожие автоматы появятся в двух районных филиалах. Библиотека также собирается продлить часы работы читального зала по субботам до девяти вечера, а летом открыть читальню под открытым небом во дворе.',
  ],
  sentences: ['Как рассказала директор библиотеки, за первую неделю через автомат выдали более трёхсот книг.'],
  footer: '© 2024 Северный курьер. Все права защищены.',
};

// Undeclared windows-1252: the story leans on the 0x80–0x9F bytes (’ “ ” – — … € œ).
const FR = {
  lang: 'fr',
  site: 'La Gazette des Traboules',
  nav: [['/', 'Accueil'], ['/lyon/', 'Lyon'], ['/metropole/', 'Métropole'], ['/economie/', 'Économie'], ['/sports/', 'Sports'], ['/culture/', 'Culture']],
  headline: 'Lyon : le cœur de la Presqu’île devient piéton le dimanche',
  paragraphs: [
    'Depuis dimanche dernier, les voitures ne peuvent plus circuler entre la place Bellecour et la place des Terreaux de 10 h à 19 h. La mairie présente la mesure comme une « expérience » mise en œuvre pour six mois : si la fréquentation des commerces ne baisse pas, l’interdiction deviendra permanente dès l’automne.',
    'Les premiers chiffres sont plutôt encourageants. Selon l’office du tourisme, près de 40 000 promeneurs ont parcouru les rues du centre le premier dimanche — deux fois plus qu’un dimanche ordinaire. Une libraire de la rue Mercière résume : “On a vu des familles entières, des poussettes, des vélos… et surtout des clients.”',
    'Le stationnement reste le point sensible. Le parking souterrain des Célestins a relevé son forfait dominical à 4,50 €, et plusieurs restaurateurs craignent de perdre leur clientèle venue des communes voisines. Pour y répondre, la métropole ajoute des navettes gratuites toutes les 10–15 minutes depuis les parkings relais.',
    'L’association des habitants du 2e arrondissement salue une mesure « attendue depuis longtemps » et réclame déjà son extension au samedi après-midi. La mairie, elle, préfère attendre le bilan de l’été avant de se prononcer ; un premier rapport est promis pour le conseil municipal de septembre, avec les chiffres de la qualité de l’air.',
  ],
  sentences: [
    'Une libraire de la rue Mercière résume : “On a vu des familles entières, des poussettes, des vélos… et surtout des clients.”',
    'Le parking souterrain des Célestins a relevé son forfait dominical à 4,50 €, et plusieurs restaurateurs craignent de perdre leur clientèle venue des communes voisines.',
    'près de 40 000 promeneurs ont parcouru les rues du centre le premier dimanche — deux fois plus qu’un dimanche ordinaire.',
    'toutes les 10–15 minutes',
  ],
  footer: '© 2024 La Gazette des Traboules – Tous droits réservés – Mentions légales',
};

const EL = {
  lang: 'el',
  site: 'Νησιωτικά Νέα',
  nav: [['/', 'Αρχική'], ['/news/', 'Ειδήσεις'], ['/economy/', 'Οικονομία'], ['/culture/', 'Πολιτισμός'], ['/sports/', 'Αθλητικά']],
  headline: 'Νέα καθημερινή ακτοπλοϊκή γραμμή για τρία μικρά νησιά των Κυκλάδων',
  paragraphs: [
    'Από την επόμενη Δευτέρα ένα μικρό επιβατηγό πλοίο θα συνδέει καθημερινά τρία νησιά των Κυκλάδων που μέχρι σήμερα εξυπηρετούνταν μόνο δύο φορές την εβδομάδα. Το δρομολόγιο θα ξεκινά νωρίς το πρωί, ώστε οι μαθητές και οι εργαζόμενοι να φτάνουν εγκαίρως στο μεγαλύτερο νησί.',
    'Σύμφωνα με το λιμενικό ταμείο, το πλοίο μπορεί να μεταφέρει έως εκατόν είκοσι επιβάτες και δώδεκα αυτοκίνητα. Το εισιτήριο για τους μόνιμους κατοίκους θα κοστίζει τέσσερα ευρώ, ενώ οι ηλικιωμένοι και οι φοιτητές θα ταξιδεύουν με έκπτωση πενήντα τοις εκατό.',
    'Οι κάτοικοι υποδέχτηκαν την είδηση με ανακούφιση. «Μέχρι τώρα, για μια απλή επίσκεψη στον γιατρό χάναμε δύο ημέρες», λέει μια συνταξιούχος από το μικρότερο νησί. Οι ψαράδες ελπίζουν επίσης ότι θα μπορούν να στέλνουν πιο γρήγορα τα αλιεύματά τους στην αγορά.',
    'Η σύμβαση υπογράφηκε για τρία χρόνια και θα χρηματοδοτηθεί από κοινού από το κράτος και την περιφέρεια. Αν η κίνηση αποδειχθεί ικανοποιητική, εξετάζεται η προσθήκη ενός δεύτερου απογευματινού δρομολογίου κατά τους καλοκαιρινούς μήνες.',
  ],
  sentences: ['«Μέχρι τώρα, για μια απλή επίσκεψη στον γιατρό χάναμε δύο ημέρες», λέει μια συνταξιούχος από το μικρότερο νησί.'],
  footer: '© 2024 Νησιωτικά Νέα. Με την επιφύλαξη παντός δικαιώματος.',
};

const PL = {
  lang: 'pl',
  site: 'Wieści znad Jasienia',
  nav: [['/', 'Strona główna'], ['/miasto/', 'Miasto'], ['/region/', 'Region'], ['/kraj/', 'Kraj'], ['/sport/', 'Sport'], ['/kultura/', 'Kultura']],
  headline: 'Łódź otwiera nową linię tramwajową do szpitala klinicznego',
  paragraphs: [
    'W poniedziałek rano z pętli przy dworcu Łódź Fabryczna wyruszył pierwszy tramwaj nowej linii, która po raz pierwszy łączy centrum miasta z największym szpitalem klinicznym w regionie. Podróż trwa dwadzieścia dwie minuty, a tramwaje kursują co dziesięć minut od piątej rano do północy.',
    'Budowa torowiska kosztowała prawie sto osiemdziesiąt milionów złotych, z czego większość pokryły fundusze europejskie. Prace trwały dwa lata i przez długi czas utrudniały ruch na jednej z głównych ulic. Mieszkańcy skarżyli się na korki, ale dziś większość z nich przyznaje, że warto było poczekać.',
    '„Do tej pory jeździłam do pracy dwoma autobusami, a teraz mam jeden tramwaj prosto pod wejście”, mówi pielęgniarka, która od piętnastu lat pracuje na oddziale kardiologii. Podobnie cieszą się pacjenci dojeżdżający na zabiegi oraz studenci uczelni medycznej, której budynki stoją obok szpitala.',
    'Miejski zarząd dróg zapowiada, że w przyszłym roku linia zostanie przedłużona o kolejne dwa przystanki, aż do nowego osiedla na południu miasta. Przewoźnik chce też kupić sześć nowych, niskopodłogowych wagonów, które zastąpią najstarsze pojazdy jeżdżące dziś po mieście.',
  ],
  sentences: ['„Do tej pory jeździłam do pracy dwoma autobusami, a teraz mam jeden tramwaj prosto pod wejście”, mówi pielęgniarka, która od piętnastu lat pracuje na oddziale kardiologii.'],
  footer: '© 2024 Wieści znad Jasienia. Wszelkie prawa zastrzeżone.',
};

const RU_LATE = {
  lang: 'ru',
  site: 'Верхневолжский обозреватель',
  nav: RU_NAV,
  headline: 'Гимназисты построили метеостанцию на крыше школы',
  paragraphs: [
    'Ученики десятого класса одной из городских гимназий собрали собственную метеостанцию и установили её на крыше школьного здания. Датчики каждые пять минут измеряют температуру, влажность, давление и скорость ветра, а данные сразу появляются на сайте, который ребята тоже сделали сами.',
    'Проект начался прошлой осенью как задание для кружка по физике. Школьники сами паяли платы, писали программу для микроконтроллера и проверяли показания, сравнивая их с данными ближайшей государственной метеостанции. Расхождение по температуре, по их словам, не превышает половины градуса.',
    '«Сначала мы думали, что это займёт месяц, а вышло почти полгода», — признаётся один из авторов проекта. Больше всего времени ушло на защиту электроники от дождя и снега: корпус пришлось переделывать трижды, пока он не выдержал февральскую метель.',
    'Теперь гимназия предлагает соседним школам подключиться к проекту и поставить такие же станции у себя. Если получится, в городе появится небольшая сеть датчиков, по которой можно будет сравнивать погоду в разных районах.',
  ],
  sentences: ['Школьники сами паяли платы, писали программу для микроконтроллера и проверяли показания, сравнивая их с данными ближайшей государственной метеостанции.'],
  footer: '© 2024 «Верхневолжский обозреватель». Перепечатка материалов только с разрешения редакции.',
};

/** A head as a CMS emits it: viewport, SEO and social tags, icons, preloads, an inline style. */
const LATE_HEAD = `<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Ученики гимназии собрали метеостанцию: датчики измеряют температуру, влажность, давление и ветер каждые пять минут.">
<meta name="keywords" content="гимназия, метеостанция, школьники, физика, погода, датчики">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="author" content="Редакция">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Верхневолжский обозреватель">
<meta property="og:title" content="Гимназисты построили метеостанцию на крыше школы">
<meta property="og:description" content="Десятиклассники полгода собирали метеостанцию и теперь предлагают соседним школам создать городскую сеть датчиков.">
<meta property="og:url" content="https://obozrevatel.example/news/2024/04/meteostanciya">
<meta property="og:image" content="https://obozrevatel.example/images/2024/04/meteostanciya-1200x630.jpg">
<meta property="article:published_time" content="2024-04-17T09:15:00+03:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@obozrevatel_example">
<link rel="canonical" href="https://obozrevatel.example/news/2024/04/meteostanciya">
<link rel="preconnect" href="https://cdn.obozrevatel.example" crossorigin>
<link rel="preload" href="https://cdn.obozrevatel.example/fonts/pt-serif.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="https://cdn.obozrevatel.example/css/main.4f2a91.css">
<link rel="icon" href="/favicon.ico" sizes="any">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<style>
.site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #ddd}
.main-nav ul{list-style:none;margin:0;padding:0;display:flex;gap:16px}
.story h1{font:700 2rem/1.2 "PT Serif",Georgia,serif;margin:24px 0 16px}
.story p{font:400 1.125rem/1.6 "PT Serif",Georgia,serif;margin:0 0 1em}
.site-footer{padding:24px;color:#666;font-size:.875rem;border-top:1px solid #ddd}
</style>`;

const RU_TRANSPORT = {
  lang: 'ru',
  site: 'Пригородный вестник',
  nav: RU_NAV,
  headline: 'Жители пригорода добились возвращения вечерней электрички',
  paragraphs: [
    'После почти года жалоб и переписки с перевозчиком жители трёх пригородных посёлков добились возвращения вечерней электрички, которую отменили прошлой весной. С первого числа поезд снова отправляется с центрального вокзала в 21:40 и делает остановки на всех платформах.',
    'Инициативная группа собрала более четырёх тысяч подписей и несколько раз выступала на заседаниях областной думы. Жители объясняли, что без последнего поезда люди, работающие во вторую смену, были вынуждены ночевать в городе или платить за такси втрое больше обычного.',
    'В пресс-службе перевозчика рассказали, что рейс отменяли из-за низкой загрузки, но новые подсчёты показали: пассажиров стало заметно больше после того, как в посёлках построили новые дома. «Мы готовы пересмотреть расписание и дальше, если спрос сохранится», — отметили в компании.',
    'Активисты не собираются останавливаться на достигнутом. Следующая их цель — добиться, чтобы по выходным утренняя электричка приходила в город не к девяти, а к восьми часам, как это было до сокращения расписания.',
  ],
  sentences: ['Инициативная группа собрала более четырёх тысяч подписей и несколько раз выступала на заседаниях областной думы.'],
  footer: '© 2024 «Пригородный вестник». Все права защищены.',
};

// ---------------------------------------------------------------------------------------------
// The pages: story, declaration, the charset of the bytes
// ---------------------------------------------------------------------------------------------

const HTTP_EQUIV = (charset) => `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;

const PAGES = [
  { file: '01-gbk.html', encoding: 'gbk', story: ZH_HANS, decl: '<meta charset="gbk">' },
  { file: '02-big5.html', encoding: 'big5', story: ZH_HANT, decl: HTTP_EQUIV('big5') },
  { file: '03-shift_jis.html', encoding: 'shift_jis', story: JA, decl: HTTP_EQUIV('Shift_JIS') },
  { file: '04-euc-kr.html', encoding: 'euc-kr', story: KO, decl: '<meta charset="euc-kr">' },
  { file: '05-windows-1251.html', encoding: 'windows-1251', story: RU_1251, decl: '<meta charset="windows-1251">' },
  { file: '06-koi8-r.html', encoding: 'koi8-r', story: RU_KOI8, decl: HTTP_EQUIV('koi8-r') },
  { file: '07-windows-1252-undeclared.html', encoding: 'windows-1252', story: FR, decl: '' },
  { file: '08-utf-16le-bom.html', encoding: 'utf-16le', bom: true, story: EL, decl: '<meta charset="utf-16">' },
  { file: '08-utf-16be-bom.html', encoding: 'utf-16be', bom: true, story: EL, decl: '<meta charset="utf-16">' },
  { file: '09-utf-8-declared-latin1.html', encoding: 'utf-8', story: PL, decl: HTTP_EQUIV('iso-8859-1') },
  {
    file: '10-windows-1251-late-meta.html', encoding: 'windows-1251', story: RU_LATE,
    decl: '<meta charset="windows-1251">', headExtra: LATE_HEAD, declAfterExtra: true,
  },
  { file: '11-windows-1251-declared-koi8-r.html', encoding: 'windows-1251', transport: 'windows-1251', story: RU_TRANSPORT, decl: '<meta charset="koi8-r">' },
];

mkdirSync(OUT, { recursive: true });
const expected = {};
for (const p of PAGES) {
  const { story } = p;
  for (const s of story.sentences) {
    if (!story.paragraphs.some((para) => para.includes(s))) throw new Error(`${p.file}: sentence not in the story: ${s}`);
  }
  const html = page({ ...story, decl: p.decl, headExtra: p.headExtra, declAfterExtra: p.declAfterExtra });
  const bytes = iconv.encode(html, p.encoding, { addBOM: Boolean(p.bom) });
  const back = iconv.decode(bytes, p.encoding);
  if (back !== html) {
    const at = [...html].findIndex((ch, i) => ch !== [...back][i]);
    throw new Error(`${p.file}: ${p.encoding} cannot hold ${JSON.stringify([...html][at])} (character ${at})`);
  }
  writeFileSync(join(OUT, p.file), bytes);
  expected[p.file] = {
    encoding: p.encoding,
    ...(p.transport ? { transport: p.transport } : {}),
    headline: story.headline,
    sentences: story.sentences,
    paragraphs: story.paragraphs,
  };
  console.log(`${p.file}  ${bytes.length} bytes (${p.encoding}${p.bom ? ' with BOM' : ''})`);
}
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`expected.json  ${PAGES.length} pages`);
