### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Orthography: Lesotho (u, oa, ea, li, tš, 'me, 'na), as Lesotho's own
### institutions write Sesotho. Register: 2nd person singular (uena).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name follows "le" (ikopanya le …), which takes no concord
## and no prefix; its form is the bare name.
## [label]: $line_name only stands before ":", as a label.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Ke masoabi haholo ka mathata ao u tobaneng le ona, 'me ke thabile hore u mpoleletse. Ha ua tlameha ho a jara u le mong.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] U ka ikopanya le { $line_name } hona joale: { support-reach }.{ support-free }
               *[label] U ka ikopanya le mohala oa thuso hona joale. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Hona joale ha ho khonehe ho ikopanya le { $line_name }; ho tla khoneha hape { support-opens }. Ka nako eo, { support-reach }.{ support-free }
               *[label] Mohala ona oa thuso o koetsoe hona joale; o tla buloa hape { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] U ka ikopanya le { $line_name }: { support-reach }.{ support-free }
               *[label] Mona ke mohala oa thuso oo u ka ikopanyang le oona. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] U ka fumana mohala oa thuso oa naha ea heno ho { $directory }.
               *[no] Hape u ka fumana mohala oa thuso ho { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] kajeno ka { $opens_at }
        [tomorrow] hosane ka { $opens_at }
        [mon] ka Mantaha, ka { $opens_at }
        [tue] ka Labobeli, ka { $opens_at }
        [wed] ka Laboraro, ka { $opens_at }
        [thu] ka Labone, ka { $opens_at }
        [fri] ka Labohlano, ka { $opens_at }
        [sat] ka Moqebelo, ka { $opens_at }
        [sun] ka Sontaha, ka { $opens_at }
       *[none] hamorao
    }

support-reach =
    { $reach ->
        [call] letsetsa { $contact }
        [text] romela SMS ho { $contact }
        [chat] qoqa le bona inthaneteng ho { $contact }
        [whatsapp] ba ngollele ka WhatsApp ho { $contact }
       *[web] etela { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Ke mahala.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Haeba u le kotsing hona joale, ikopanye hang-hang le litšebeletso tsa tšohanyetso sebakeng sa heno.
       *[other] Haeba u le kotsing hona joale, letsetsa { $emergency } hang-hang.
    }

support-closing = Ho ka thusa hape ho bua le motho eo u mo tšepang. Maikutlo a boima hakana a ka fokotseha ha u fumana tšehetso, 'me u ka tsoela pele ho bua le 'na.

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = U naheng efe? Joale nka u bontša mohala oa thuso oa naha ea heno.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Letsetsa { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Puisano inthaneteng{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Mahala{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] O butsoe lihora tse 24, matsatsi ohle
        [open] O butsoe hona joale, ho fihlela { $closes_at }{ summary-schedule }
        [closed] O koetsoe hona joale, o tla buloa { summary-opens }{ summary-schedule }
       *[unknown] Lihora ha li tsejoe
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] kajeno ka { $opens_at }
        [tomorrow] hosane ka { $opens_at }
        [mon] ka Mantaha, ka { $opens_at }
        [tue] ka Labobeli, ka { $opens_at }
        [wed] ka Laboraro, ka { $opens_at }
        [thu] ka Labone, ka { $opens_at }
        [fri] ka Labohlano, ka { $opens_at }
        [sat] ka Moqebelo, ka { $opens_at }
        [sun] ka Sontaha, ka { $opens_at }
       *[none] hamorao
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(matsatsi ohle, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Mantaha
        [tue] Labobeli
        [wed] Laboraro
        [thu] Labone
        [fri] Labohlano
        [sat] Moqebelo
       *[sun] Sontaha
    }
summary-last-day =
    { $last ->
        [mon] Mantaha
        [tue] Labobeli
        [wed] Laboraro
        [thu] Labone
        [fri] Labohlano
        [sat] Moqebelo
       *[sun] Sontaha
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Pontšo ea pele ea crisis-lookup
preview-heading = pontšo ea pele
preview-skip = Tlolela likahareng
preview-protocol-link = Kamoo tšebeletso ena e lebisang batho thusong kateng
preview-intro = Bakeng sa bahlokomeli le bakopanyi: seo chatbot e neng e tla se bontša, se hahiloeng ka API ea sechaba feela. U se ke ua kenya lipuisano tsa 'nete mona.
preview-views = Lipono
preview-tab-lookup = Patlo
preview-tab-coverage = Phihlello
preview-tab-locales = Lipuo
preview-loading = Ema hanyane…

## The lookup form.
preview-message = Molaetsa
preview-message-hint = E sebelisoa feela ho tseba puo.
preview-locale = Puo le sebaka
preview-locale-none = — ha ho letho —
preview-country = Naha
preview-country-unknown = — ha e tsejoe —
preview-topics = Lihlooho
preview-topics-hint = Li arole ka khoma, mohlala: { $examples }
preview-channels = Mekhoa ea ho ikopanya
preview-channel-phone = Mohala
preview-channel-sms = SMS
preview-channel-chat = Puisano inthaneteng
preview-submit = Batla
preview-error-vocabularies = Ho hlolehile ho bula linaha kapa lipuo ({ $error }).
preview-error-lookup = Patlo e hlolehile ({ $error }).

## The answer.
preview-chat-shows = Seo puisano e se bontšang
preview-raw-json = JSON e tala
preview-meta-language = Puo: { $code } (mohloli: { $source })
preview-meta-country = Naha: { $code } (mohloli: { $source })
preview-meta-country-unknown = Naha: ha e tsejoe
preview-meta-locale = Puo le sebaka: { $code }
preview-meta-lines = Mehala ea thuso: { $count }
preview-international = Mathathamo a machaba

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Tšohanyetso:
preview-police = sepolesa
preview-ambulance = ambulense
preview-fire = tšebeletso ea ho tima mollo
preview-open-now = O butsoe hona joale
preview-closed-now = O koetsoe hona joale
preview-hours-unknown = Lihora ha li tsejoe
preview-action-call = Letsetsa { $number }
preview-action-text = Romela SMS ho { $number }
preview-action-chat = Puisano
preview-action-website = Webosaete
preview-fact-languages = Lipuo: { $list }
preview-fact-languages-none = Lipuo: ha li tsejoe
preview-fact-hours = Lihora: { $times }
preview-fact-checked = E netefalitsoe le mofani oa tšebeletso: { $date }
preview-fact-newest-source = Mohloli oa morao-rao: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Bopaki: leqephe la mohala ka boona
preview-evidence-corroborated = Bopaki: bahatisi ba babeli ba ikemetseng
preview-evidence-single = Bopaki: lenane le le leng
preview-evidence-conflict = Bopaki: mehloli ha e lumellane
preview-fact-country = Naha: { $code }

## The coverage tab.
preview-coverage-summary = Linaha le libaka: { $total } · tse nang le mehala ea thuso: { $covered } · nomoro ea tšohanyetso feela: { $uncovered }.
preview-coverage-age = Mehala eo mohloli oa eona oa morao-rao o fetang likhoeli tse 24: { $stale } ho tse { $total }.
preview-map-caption = 'Mapa oa lefatše oa phihlello
preview-map-line = E na le mohala oa thuso
preview-map-emergency = Nomoro ea tšohanyetso feela
preview-map-none = Ha e eo lintlheng
preview-coverage-legend = Mela e totobalitsoeng e na le nomoro ea tšohanyetso feela, ha e na mohala oa thuso o khethiloeng.
preview-coverage-caption = Linaha le libaka (hlophisa ka likonopo tsa litšiea)
preview-column-code = Khoutu
preview-column-lines = Mehala ea thuso
preview-column-languages = Lipuo
preview-column-emergency = Tšohanyetso
preview-column-stale = Mehala e itšetlehileng ka mehloli ea khale
preview-emergency-only = tšohanyetso feela
preview-error-countries = Ho hlolehile ho bula linaha ({ $error }).

## The locales tab.
preview-locales-summary = Lipuo: { $total } · tse hlahlobiloeng ke sebui sa puo eo ea letsoalo: { $reviewed }.
preview-locales-caption = Lipuo tse fumanehang le boemo ba tlhahlobo ea tsona
preview-column-native-name = Lebitso ka puo eo
preview-column-direction = Tsela ea ho ngola
preview-column-review = Tlhahlobo
preview-reviewed = E hlahlobiloe
preview-not-reviewed = Ha e so hlahlojoe
preview-error-locales = Ho hlolehile ho bula lipuo ({ $error }).
