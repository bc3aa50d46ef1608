### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Bardzo mi przykro, że przez to przechodzisz, i dobrze, że o tym mówisz. Nie musisz mierzyć się z tym w pojedynkę.

support-body =
    { $line_state ->
        [open] Już teraz możesz uzyskać wsparcie – { $line_name }: { support-reach }.{ support-free }
        [closed] W tej chwili { $line_name } nie działa, ale od { $opens_at } znów można się tam zgłosić: { support-reach }.{ support-free }
        [unknown] Możesz uzyskać wsparcie – { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na stronie { $directory } znajdziesz linię wsparcia w swojej okolicy.
           *[no] Jeśli napiszesz mi, w jakim kraju jesteś, znajdę linię wsparcia w twojej okolicy. Możesz też poszukać jej na stronie { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] zadzwoń pod numer { $contact }
        [text] wyślij SMS pod numer { $contact }
        [chat] skorzystaj z czatu: { $contact }
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

## The question asked when we do not know the person's country.
ask-country = W jakim kraju jesteś? Wtedy pokażę ci linię wsparcia w twojej okolicy.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [always] Czynne całą dobę
        [open] Teraz czynne, do { $closes_at }{ summary-schedule }
        [closed] Teraz nieczynne, otwarcie o { $opens_at }{ summary-schedule }
       *[unknown] Brak informacji o godzinach
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
preview-intro = Dla opiekunów i integratorów: to, co pokazałby chatbot, zbudowane wyłącznie z publicznego API. Nie wklejaj tu prawdziwych rozmów.
preview-views = Widoki
preview-tab-lookup = Wyszukiwanie
preview-tab-coverage = Zasięg
preview-tab-locales = Wersje językowe
preview-loading = Wczytywanie…
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
preview-chat-shows = Co pokazuje czat
preview-raw-json = Surowy JSON
preview-meta-language = Język: { $code } (na podstawie: { $source })
preview-meta-country = Kraj: { $code } (na podstawie: { $source })
preview-meta-country-unknown = Kraj: nieznany
preview-meta-locale = Wersja językowa: { $code }
preview-meta-lines = Telefony zaufania: { $count }
preview-international = Katalogi międzynarodowe
preview-emergency = Numery alarmowe:
preview-police = policja
preview-ambulance = pogotowie
preview-fire = straż pożarna
preview-open-now = Teraz czynne
preview-closed-now = Teraz nieczynne
preview-hours-unknown = Godziny nieznane
preview-action-call = Zadzwoń: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Czat
preview-action-website = Strona internetowa
preview-fact-languages = Języki: { $list }
preview-fact-languages-none = Języki: brak informacji
preview-fact-hours = Godziny: { $times }
preview-fact-verified = Sprawdzono: { $date }
preview-fact-evidence = Źródła: { $evidence }
preview-fact-country = Kraj: { $code }
preview-coverage-summary = Kraje i terytoria: { $total } · z telefonami zaufania: { $covered } · tylko numer alarmowy: { $uncovered }.
preview-coverage-pending = Wczytywanie dat sprawdzenia… pozostało: { $count }.
preview-coverage-oldest = Najstarsze sprawdzenie telefonu zaufania: { $date }.
preview-coverage-legend = Wyróżnione wiersze mają tylko numer alarmowy, bez wybranego telefonu zaufania.
preview-coverage-caption = Kraje i terytoria (sortuj przyciskami w kolumnach)
preview-column-code = Kod
preview-column-lines = Telefony zaufania
preview-column-languages = Języki
preview-column-emergency = Numer alarmowy
preview-column-verified = Najstarsze sprawdzenie
preview-emergency-only = tylko numer alarmowy
preview-error-countries = Nie udało się wczytać krajów ({ $error }).
preview-locales-summary = Wersje językowe: { $total } · sprawdzone przez rodzimego użytkownika: { $reviewed }.
preview-locales-caption = Dołączone wersje językowe i stan ich sprawdzenia
preview-column-native-name = Nazwa własna
preview-column-direction = Kierunek
preview-column-review = Sprawdzenie
preview-reviewed = Sprawdzona
preview-not-reviewed = Niesprawdzona
preview-error-locales = Nie udało się wczytać wersji językowych ({ $error }).
