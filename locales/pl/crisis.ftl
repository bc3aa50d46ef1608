### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Bardzo mi przykro, że przez to przechodzisz, i dobrze, że o tym mówisz. Nie musisz mierzyć się z tym w pojedynkę.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Już teraz możesz skontaktować się z { $line_name }: { support-reach }.{ support-free }
               *[label] Już teraz możesz uzyskać wsparcie. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] W tej chwili nie można skontaktować się z { $line_name }, ale { support-opens } znów będzie to możliwe: { support-reach }.{ support-free }
               *[label] Ta linia wsparcia jest teraz nieczynna, ale { support-opens } znów zacznie działać. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Możesz skontaktować się z { $line_name }: { support-reach }.{ support-free }
               *[label] Oto linia wsparcia, z którą możesz się skontaktować. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Linię wsparcia w swoim kraju znajdziesz na stronie { $directory }.
               *[no] Linię wsparcia możesz też znaleźć na stronie { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] dziś o { $opens_at }
        [tomorrow] jutro o { $opens_at }
        [mon] w poniedziałek o { $opens_at }
        [tue] we wtorek o { $opens_at }
        [wed] w środę o { $opens_at }
        [thu] w czwartek o { $opens_at }
        [fri] w piątek o { $opens_at }
        [sat] w sobotę o { $opens_at }
        [sun] w niedzielę o { $opens_at }
       *[none] później
    }

support-reach =
    { $reach ->
        [call] zadzwoń pod numer { $contact }
        [text] wyślij SMS pod numer { $contact }
        [chat] skorzystaj z czatu na stronie { $contact }
        [whatsapp] napisz przez WhatsApp na numer { $contact }
       *[web] wejdź na stronę { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Kontakt jest bezpłatny.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jeśli grozi ci bezpośrednie niebezpieczeństwo, skontaktuj się teraz z lokalnymi służbami ratunkowymi.
       *[other] Jeśli grozi ci bezpośrednie niebezpieczeństwo, zadzwoń teraz pod numer { $emergency }.
    }

support-closing = Rozmowa z kimś, komu ufasz, też może pomóc. Przy wsparciu innych nawet tak ciężkie uczucia mogą stać się lżejsze, a ze mną możesz dalej rozmawiać.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = W jakim kraju jesteś? Wtedy pokażę ci linię wsparcia w twoim kraju.

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
       *[other] Zadzwoń: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Czat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bezpłatnie{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Całodobowo
        [open] Teraz działa, do { $closes_at }{ summary-schedule }
        [closed] Teraz nie działa, wznowi pracę { summary-opens }{ summary-schedule }
       *[unknown] Brak informacji o godzinach
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] o { $opens_at }
        [tomorrow] jutro o { $opens_at }
        [mon] w pon. o { $opens_at }
        [tue] we wt. o { $opens_at }
        [wed] w śr. o { $opens_at }
        [thu] w czw. o { $opens_at }
        [fri] w pt. o { $opens_at }
        [sat] w sob. o { $opens_at }
        [sun] w niedz. o { $opens_at }
       *[none] później
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(codziennie { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] pon.
        [tue] wt.
        [wed] śr.
        [thu] czw.
        [fri] pt.
        [sat] sob.
       *[sun] niedz.
    }
summary-last-day =
    { $last ->
        [mon] pon.
        [tue] wt.
        [wed] śr.
        [thu] czw.
        [fri] pt.
        [sat] sob.
       *[sun] niedz.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Podgląd crisis-lookup
preview-heading = podgląd
preview-skip = Przejdź do treści
preview-protocol-link = Jak ten serwis kieruje ludzi do pomocy
preview-intro = Dla osób, które utrzymują lub integrują serwis: to, co pokazałby chatbot, zbudowane wyłącznie z publicznego API. Nie wklejaj tu prawdziwych rozmów.
preview-views = Widoki
preview-tab-lookup = Wyszukiwanie
preview-tab-coverage = Zasięg
preview-tab-locales = Wersje językowe
preview-loading = Wczytywanie…

## The lookup form.
preview-message = Wiadomość
preview-message-hint = Służy tylko do rozpoznania języka.
preview-locale = Wersja językowa
preview-locale-none = — brak —
preview-country = Kraj
preview-country-unknown = — nieznany —
preview-topics = Tematy
preview-topics-hint = Rozdzielone przecinkami, na przykład: { $examples }
preview-channels = Kanały
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Czat
preview-submit = Wyszukaj
preview-error-vocabularies = Nie udało się wczytać krajów ani wersji językowych ({ $error }).
preview-error-lookup = Nie udało się wyszukać ({ $error }).

## The answer.
preview-chat-shows = Co pokazuje czat
preview-raw-json = Surowy JSON
preview-meta-language = Język: { $code } (na podstawie: { $source })
preview-meta-country = Kraj: { $code } (na podstawie: { $source })
preview-meta-country-unknown = Kraj: nieznany
preview-meta-locale = Wersja językowa: { $code }
preview-meta-lines = Linie wsparcia: { $count }
preview-international = Katalogi międzynarodowe

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Numery alarmowe:
preview-police = policja
preview-ambulance = pogotowie
preview-fire = straż pożarna
preview-open-now = Teraz działa
preview-closed-now = Teraz nie działa
preview-hours-unknown = Godziny nieznane
preview-action-call = Zadzwoń: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Czat
preview-action-website = Strona internetowa
preview-fact-languages = Języki: { $list }
preview-fact-languages-none = Języki: brak informacji
preview-fact-hours = Godziny: { $times }
preview-fact-checked = Potwierdzone u prowadzącego linię: { $date }
preview-fact-newest-source = Najnowsze źródło: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Źródła: własna strona linii
preview-evidence-corroborated = Źródła: dwa niezależne wydawnictwa
preview-evidence-single = Źródła: tylko jeden wpis w katalogu
preview-evidence-conflict = Źródła: są ze sobą sprzeczne
preview-fact-country = Kraj: { $code }

## The coverage tab.
preview-coverage-summary = Kraje i terytoria: { $total } · z liniami wsparcia: { $covered } · tylko numer alarmowy: { $uncovered }.
preview-coverage-age = Linie, których najnowsze źródło ma ponad 24 miesiące: { $stale } z { $total }.
preview-map-caption = Mapa świata: zasięg
preview-map-line = Jest linia wsparcia
preview-map-emergency = Tylko numer alarmowy
preview-map-none = Brak w danych
preview-coverage-legend = Wyróżnione wiersze mają tylko numer alarmowy, bez wybranej linii wsparcia.
preview-coverage-caption = Kraje i terytoria (sortuj przyciskami w kolumnach)
preview-column-code = Kod
preview-column-lines = Linie wsparcia
preview-column-languages = Języki
preview-column-emergency = Numer alarmowy
preview-column-stale = Linie ze starymi źródłami
preview-emergency-only = tylko numer alarmowy
preview-error-countries = Nie udało się wczytać krajów ({ $error }).

## The locales tab.
preview-locales-summary = Wersje językowe: { $total } · sprawdzone przez rodzimego użytkownika: { $reviewed }.
preview-locales-caption = Dołączone wersje językowe i stan ich sprawdzenia
preview-column-native-name = Nazwa w danym języku
preview-column-direction = Kierunek
preview-column-review = Sprawdzenie
preview-reviewed = Sprawdzona
preview-not-reviewed = Niesprawdzona
preview-error-locales = Nie udało się wczytać wersji językowych ({ $error }).
