### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: 2nd person singular (adiga), as Somali addresses one person.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name is the object of "la xiriiri" / "lama heli karo", in its
## plain (absolutive) form, never the subject before waa/ayaa.
## [label]: $line_name only stands before ":", as a label.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Aad ayaan uga xumahay xaaladda adag ee aad ku jirto, waana ku faraxsanahay inaad ii sheegtay. Uma baahnid inaad arrintan kaligaa la tacaasho.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Hadda waxaad la xiriiri kartaa { $line_name }: { support-reach }.{ support-free }
               *[label] Hadda waxaad la xiriiri kartaa khad caawimaad. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Hadda lama heli karo { $line_name }; dib ayaa loo furayaa { support-opens }. Marka la furo, { support-reach }.{ support-free }
               *[label] Khadkan caawimaadda hadda lama heli karo; dib ayaa loo furayaa { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Waxaad la xiriiri kartaa { $line_name }: { support-reach }.{ support-free }
               *[label] Waa kan khad caawimaad oo aad la xiriiri karto. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Khad caawimaad oo waddankaaga ah waxaad ka heli kartaa bogga { $directory }.
               *[no] Sidoo kale khad caawimaad waxaad ka heli kartaa bogga { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] maanta saacadda { $opens_at }
        [tomorrow] berri saacadda { $opens_at }
        [mon] Isniinta saacadda { $opens_at }
        [tue] Talaadada saacadda { $opens_at }
        [wed] Arbacada saacadda { $opens_at }
        [thu] Khamiista saacadda { $opens_at }
        [fri] Jimcaha saacadda { $opens_at }
        [sat] Sabtida saacadda { $opens_at }
        [sun] Axadda saacadda { $opens_at }
       *[none] mar dambe
    }

support-reach =
    { $reach ->
        [call] wac { $contact }
        [text] fariin qoraal ah u dir { $contact }
        [chat] kula sheekayso qoraal ahaan bogga { $contact }
        [whatsapp] WhatsApp ugu qor { $contact }
       *[web] booqo { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Waa bilaash.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Haddii aad hadda khatar ku jirto, fadlan isla markiiba la xiriir adeegga gurmadka degdegga ah ee deegaankaaga.
       *[other] Haddii aad hadda khatar ku jirto, fadlan isla markiiba wac { $emergency }.
    }

support-closing = Waxa kale oo ku caawin kara inaad la hadasho qof aad ku kalsoon tahay. Dareennada culus ee noocan oo kale ah taageero ayaa fududayn karta, waxaadna sii wadan kartaa inaad ila hadasho.

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = Waddankee ayaad joogtaa? Markaas waxaan kuu tusi karaa khad caawimaad oo waddankaaga ah.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Wac { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Wada-sheekeysi onlayn ah{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bilaash{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Furan 24 saacadood, maalin kasta
        [open] Hadda furan, ilaa { $closes_at }{ summary-schedule }
        [closed] Hadda xiran, waxaa la furayaa { summary-opens }{ summary-schedule }
       *[unknown] Saacadaha shaqada lama sheegin
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] maanta { $opens_at }
        [tomorrow] berri { $opens_at }
        [mon] Isniinta { $opens_at }
        [tue] Talaadada { $opens_at }
        [wed] Arbacada { $opens_at }
        [thu] Khamiista { $opens_at }
        [fri] Jimcaha { $opens_at }
        [sat] Sabtida { $opens_at }
        [sun] Axadda { $opens_at }
       *[none] mar dambe
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(maalin kasta, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Isniin
        [tue] Talaado
        [wed] Arbaco
        [thu] Khamiis
        [fri] Jimce
        [sat] Sabti
       *[sun] Axad
    }
summary-last-day =
    { $last ->
        [mon] Isniin
        [tue] Talaado
        [wed] Arbaco
        [thu] Khamiis
        [fri] Jimce
        [sat] Sabti
       *[sun] Axad
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Muuqaalka hore ee crisis-lookup
preview-heading = muuqaal hore
preview-skip = U gudub nuxurka
preview-protocol-link = Sida adeeggani dadka ugu tilmaamo caawimaad
preview-intro = Waxaa loogu talagalay dayactirayaasha iyo kuwa adeegga ku xiraya: waxa chatbot-ku muujin lahaa, oo laga dhisay API-ga dadweynaha oo keliya. Halkan ha ku dhejin wadahadal dhab ah.
preview-views = Muuqaallo
preview-tab-lookup = Raadin
preview-tab-coverage = Daboolid
preview-tab-locales = Luqadaha
preview-loading = Waa la soo rarayaa…

## The lookup form.
preview-message = Fariin
preview-message-hint = Waxaa loo isticmaalaa oo keliya in luqadda la garto.
preview-locale = Luqad iyo gobol
preview-locale-none = — midna —
preview-country = Waddan
preview-country-unknown = — lama yaqaan —
preview-topics = Mawduucyo
preview-topics-hint = Ku kala saar hakad, tusaale: { $examples }
preview-channels = Habab xiriir
preview-channel-phone = Telefoon
preview-channel-sms = SMS
preview-channel-chat = Wada-sheekeysi
preview-submit = Raadi
preview-error-vocabularies = Waddamada ama luqadaha lama soo rari karin ({ $error }).
preview-error-lookup = Raadintu way guuldareysatay ({ $error }).

## The answer.
preview-chat-shows = Waxa chat-ku muujinayo
preview-raw-json = JSON ceeriin ah
preview-meta-language = Luqad: { $code } (laga helay: { $source })
preview-meta-country = Waddan: { $code } (laga helay: { $source })
preview-meta-country-unknown = Waddan: lama yaqaan
preview-meta-locale = Luqad iyo gobol: { $code }
preview-meta-lines = Khadadka caawimaadda: { $count }
preview-international = Tusmooyin caalami ah

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Gurmad degdeg ah:
preview-police = booliis
preview-ambulance = ambalaas
preview-fire = dab-demis
preview-open-now = Hadda furan
preview-closed-now = Hadda xiran
preview-hours-unknown = Saacadaha lama yaqaan
preview-action-call = Wac { $number }
preview-action-text = SMS u dir { $number }
preview-action-chat = Wada-sheekeysi
preview-action-website = Bogga internetka
preview-fact-languages = Luqadaha: { $list }
preview-fact-languages-none = Luqadaha: lama sheegin
preview-fact-hours = Saacadaha: { $times }
preview-fact-checked = Lala hubiyay bixiyaha: { $date }
preview-fact-newest-source = Isha ugu cusub: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Caddeyn: bogga khadka laftiisa
preview-evidence-corroborated = Caddeyn: laba daabace oo madax-bannaan
preview-evidence-single = Caddeyn: hal liis
preview-evidence-conflict = Caddeyn: ilaha way kala duwan yihiin
preview-fact-country = Waddan: { $code }

## The coverage tab.
preview-coverage-summary = Waddamo iyo dhulal: { $total } · leh khad caawimaad: { $covered } · lambarka gurmadka oo keliya: { $uncovered }.
preview-coverage-age = Khadad ay ishooda ugu cusub ka weyn tahay 24 bilood: { $stale } ka mid ah { $total }.
preview-map-caption = Khariidadda adduunka ee daboolidda
preview-map-line = Leh khad caawimaad
preview-map-emergency = Lambarka gurmadka oo keliya
preview-map-none = Kuma jiro xogta
preview-coverage-legend = Safafka la iftiimiyay waxay leeyihiin lambarka gurmadka oo keliya, khad caawimaad oo la xushay ma leh.
preview-coverage-caption = Waddamo iyo dhulal (ku kala horaysii badhamada tiirarka)
preview-column-code = Koodh
preview-column-lines = Khadadka caawimaadda
preview-column-languages = Luqadaha
preview-column-emergency = Gurmad
preview-column-stale = Khadad ku tiirsan ilo duug ah
preview-emergency-only = gurmad oo keliya
preview-error-countries = Waddamada lama soo rari karin ({ $error }).

## The locales tab.
preview-locales-summary = Luqadaha: { $total } · uu dib u eegay qof afkaas ku dhashay: { $reviewed }.
preview-locales-caption = Luqadaha la sii daayay iyo xaaladda dib-u-eegistooda
preview-column-native-name = Magaca luqadda ee afkeeda
preview-column-direction = Jihada qoraalka
preview-column-review = Dib-u-eegis
preview-reviewed = Dib loo eegay
preview-not-reviewed = Dib looma eegin
preview-error-locales = Luqadaha lama soo rari karin ({ $error }).
