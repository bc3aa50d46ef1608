### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "jūs" (formal you), as Latvian crisis lines address adults.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative ("Vienotais krīzes
##                tālrunis"): in [text] it is always the subject, and no
##                predicate agrees with its gender; label: only the line's
##                name, held as a label ("Nosaukums: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Man ļoti žēl, ka jums šobrīd ir tik grūti, un labi, ka jūs par to pastāstījāt. Jums ar to nav jātiek galā vienatnē.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } jums var palīdzēt jau tagad: { support-reach }.{ support-free }
               *[label] Palīdzību varat saņemt jau tagad. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } šobrīd nestrādā un atsāks darbu { support-opens } – { support-reach }.{ support-free }
               *[label] Šis palīdzības tālrunis šobrīd nestrādā un atsāks darbu { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } jums var palīdzēt: { support-reach }.{ support-free }
               *[label] Šeit varat vērsties pēc palīdzības. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Palīdzības tālruni savā valstī varat atrast vietnē { $directory }.
               *[no] Palīdzības tālruni varat atrast arī vietnē { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] šodien plkst. { $opens_at }
        [tomorrow] rīt plkst. { $opens_at }
        [mon] pirmdien plkst. { $opens_at }
        [tue] otrdien plkst. { $opens_at }
        [wed] trešdien plkst. { $opens_at }
        [thu] ceturtdien plkst. { $opens_at }
        [fri] piektdien plkst. { $opens_at }
        [sat] sestdien plkst. { $opens_at }
        [sun] svētdien plkst. { $opens_at }
       *[none] vēlāk
    }

support-reach =
    { $reach ->
        [call] zvaniet uz { $contact }
        [text] sūtiet īsziņu uz numuru { $contact }
        [chat] rakstiet tērzēšanā vietnē { $contact }
        [whatsapp] rakstiet WhatsApp uz numuru { $contact }
       *[web] apmeklējiet vietni { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Palīdzība ir bez maksas.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ja jums draud tūlītējas briesmas, nekavējoties sazinieties ar neatliekamās palīdzības dienestiem.
       *[other] Ja jums draud tūlītējas briesmas, nekavējoties zvaniet uz { $emergency }.
    }

support-closing = Var palīdzēt arī saruna ar kādu, kam uzticaties. Ar atbalstu pat tik smagas sajūtas var kļūt vieglākas. Jūs varat arī turpināt runāt ar mani.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Kurā valstī jūs atrodaties? Tad varēšu parādīt palīdzības tālruni jūsu valstī.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at (the time, written the way this locale writes a
## time, or "none"), $opens_day (as in support-opens),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Tālrunis: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Īsziņa: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Tērzēšana tiešsaistē{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bez maksas{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Visu diennakti
        [open] Šobrīd strādā līdz { $closes_at }{ summary-schedule }
        [closed] Šobrīd nestrādā, atsāks darbu { summary-opens }{ summary-schedule }
       *[unknown] Darba laiks nav norādīts
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] plkst. { $opens_at }
        [tomorrow] rīt plkst. { $opens_at }
        [mon] pirmdien plkst. { $opens_at }
        [tue] otrdien plkst. { $opens_at }
        [wed] trešdien plkst. { $opens_at }
        [thu] ceturtdien plkst. { $opens_at }
        [fri] piektdien plkst. { $opens_at }
        [sat] sestdien plkst. { $opens_at }
        [sun] svētdien plkst. { $opens_at }
       *[none] vēlāk
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(katru dienu { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] P.
        [tue] O.
        [wed] T.
        [thu] C.
        [fri] Pk.
        [sat] S.
       *[sun] Sv.
    }
summary-last-day =
    { $last ->
        [mon] P.
        [tue] O.
        [wed] T.
        [thu] C.
        [fri] Pk.
        [sat] S.
       *[sun] Sv.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – priekšskatījums
preview-heading = priekšskatījums
preview-skip = Pāriet uz saturu
preview-protocol-link = Kā šis pakalpojums novirza cilvēkus pie palīdzības
preview-intro = Uzturētājiem un integrētājiem: ko parādītu tērzēšanas robots, veidots tikai no publiskā API. Neielīmējiet šeit īstas sarunas.
preview-views = Skati
preview-tab-lookup = Meklēšana
preview-tab-coverage = Pārklājums
preview-tab-locales = Valodu versijas
preview-loading = Ielādē…

## The lookup form.
preview-message = Ziņa
preview-message-hint = Tiek izmantota tikai valodas noteikšanai.
preview-locale = Valodas versija
preview-locale-none = — nav —
preview-country = Valsts
preview-country-unknown = — nezināma —
preview-topics = Tēmas
preview-topics-hint = Atdalītas ar komatu, piemēram: { $examples }
preview-channels = Kanāli
preview-channel-phone = Tālrunis
preview-channel-sms = Īsziņa
preview-channel-chat = Tērzēšana
preview-submit = Meklēt
preview-error-vocabularies = Neizdevās ielādēt valstis vai valodu versijas ({ $error }).
preview-error-lookup = Meklēšana neizdevās ({ $error }).

## The answer.
preview-chat-shows = Ko parāda tērzēšana
preview-raw-json = Neapstrādāts JSON
preview-meta-language = Valoda: { $code } (avots: { $source })
preview-meta-country = Valsts: { $code } (avots: { $source })
preview-meta-country-unknown = Valsts: nezināma
preview-meta-locale = Valodas versija: { $code }
preview-meta-lines = Palīdzības tālruņi: { $count }
preview-international = Starptautiskie katalogi

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Ārkārtas palīdzība:
preview-police = policija
preview-ambulance = neatliekamā medicīniskā palīdzība
preview-fire = ugunsdzēsēji
preview-open-now = Šobrīd strādā
preview-closed-now = Šobrīd nestrādā
preview-hours-unknown = Darba laiks nav zināms
preview-action-call = Zvanīt { $number }
preview-action-text = Īsziņa: { $number }
preview-action-chat = Tērzēšana
preview-action-website = Tīmekļvietne
preview-fact-languages = Valodas: { $list }
preview-fact-languages-none = Valodas: nav norādītas
preview-fact-hours = Darba laiks: { $times }
preview-fact-checked = Pārbaudīts pie pakalpojuma sniedzēja: { $date }
preview-fact-newest-source = Jaunākais avots: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Pamatojums: paša dienesta vietne
preview-evidence-corroborated = Pamatojums: divi neatkarīgi izdevēji
preview-evidence-single = Pamatojums: viens ieraksts
preview-evidence-conflict = Pamatojums: avoti nesakrīt
preview-fact-country = Valsts: { $code }

## The coverage tab.
preview-coverage-summary = Valstis un teritorijas: { $total } · ar palīdzības tālruņiem: { $covered } · tikai ārkārtas numurs: { $uncovered }.
preview-coverage-age = Palīdzības tālruņi, kuru jaunākais avots ir vecāks par 24 mēnešiem: { $stale } no { $total }.
preview-map-caption = Pārklājuma pasaules karte
preview-map-line = Ir palīdzības tālrunis
preview-map-emergency = Tikai ārkārtas numurs
preview-map-none = Nav datos
preview-coverage-legend = Izceltajās rindās ir tikai ārkārtas numurs, bez atlasīta palīdzības tālruņa.
preview-coverage-caption = Valstis un teritorijas (kārtojiet ar kolonnu pogām)
preview-column-code = Kods
preview-column-lines = Palīdzības tālruņi
preview-column-languages = Valodas
preview-column-emergency = Ārkārtas numurs
preview-column-stale = Tālruņi ar veciem avotiem
preview-emergency-only = tikai ārkārtas numurs
preview-error-countries = Neizdevās ielādēt valstis ({ $error }).

## The locales tab.
preview-locales-summary = Valodu versijas: { $total } · pārbaudījis dzimtās valodas runātājs: { $reviewed }.
preview-locales-caption = Iekļautās valodu versijas un to pārbaudes statuss
preview-column-native-name = Nosaukums pašā valodā
preview-column-direction = Virziens
preview-column-review = Pārbaude
preview-reviewed = Pārbaudīts
preview-not-reviewed = Nav pārbaudīts
preview-error-locales = Neizdevās ielādēt valodu versijas ({ $error }).
