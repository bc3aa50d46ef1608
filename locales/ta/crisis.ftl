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

support-opening = நீங்கள் இதையெல்லாம் கடந்து வருவது எனக்கு உண்மையிலேயே வருத்தமாக இருக்கிறது. இதைப் பகிர்ந்ததற்கு நன்றி. இதை நீங்கள் தனியாக எதிர்கொள்ள வேண்டியதில்லை.

support-body =
    { $line_state ->
        [open] { $line_name } உடன் இப்போதே தொடர்புகொள்ளலாம்: { support-reach }.{ support-free }
        [closed] { $line_name } இப்போது மூடப்பட்டுள்ளது, { $opens_at } மணிக்கு மீண்டும் திறக்கும்: { support-reach }.{ support-free }
        [unknown] { $line_name } உடன் தொடர்புகொள்ளலாம்: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } தளத்தில் உங்களுக்கு அருகிலுள்ள உதவி எண்ணைக் கண்டறியலாம்.
           *[no] நீங்கள் எந்த நாட்டில் இருக்கிறீர்கள் என்று சொன்னால், உங்களுக்கு அருகிலுள்ள உதவி எண்ணைக் கண்டுபிடித்துத் தர முடியும். { $directory } தளத்திலும் கண்டறியலாம்.
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } என்ற எண்ணை அழையுங்கள்
        [text] { $contact } என்ற எண்ணுக்கு SMS அனுப்புங்கள்
        [chat] { $contact } இல் அரட்டை மூலம் பேசுங்கள்
        [whatsapp] { $contact } என்ற எண்ணுக்கு WhatsApp-இல் செய்தி அனுப்புங்கள்
       *[web] { $contact } தளத்திற்குச் செல்லுங்கள்
    }

support-free =
    { $free ->
        [yes] {" "}இது இலவசம்.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] நீங்கள் உடனடி ஆபத்தில் இருந்தால், இப்போதே உங்கள் பகுதியின் அவசர சேவைகளைத் தொடர்புகொள்ளுங்கள்.
       *[other] நீங்கள் உடனடி ஆபத்தில் இருந்தால், இப்போதே { $emergency } என்ற எண்ணை அழையுங்கள்.
    }

support-closing = நீங்கள் நம்பும் ஒருவரிடம் பேசுவதும் உதவக்கூடும். ஆதரவு கிடைக்கும்போது இவ்வளவு கனமான உணர்வுகளும் குறையக்கூடும். நீங்கள் என்னுடன் தொடர்ந்து பேசலாம்.

## The question asked when we do not know the person's country.
ask-country = நீங்கள் எந்த நாட்டில் இருக்கிறீர்கள்? சொன்னால், உங்களுக்கு அருகிலுள்ள உதவி எண்ணைக் காட்ட முடியும்.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] அழைக்க: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ஆன்லைன் அரட்டை{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] இலவசம்{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24 மணி நேரமும் திறந்திருக்கும்
        [open] இப்போது திறந்துள்ளது, { $closes_at } வரை{ summary-schedule }
        [closed] இப்போது மூடப்பட்டுள்ளது, { $opens_at } மணிக்குத் திறக்கும்{ summary-schedule }
       *[unknown] நேரம் குறிப்பிடப்படவில்லை
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(தினமும் { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] திங்கள்
        [tue] செவ்வாய்
        [wed] புதன்
        [thu] வியாழன்
        [fri] வெள்ளி
        [sat] சனி
       *[sun] ஞாயிறு
    }
summary-last-day =
    { $last ->
        [mon] திங்கள்
        [tue] செவ்வாய்
        [wed] புதன்
        [thu] வியாழன்
        [fri] வெள்ளி
        [sat] சனி
       *[sun] ஞாயிறு
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup முன்னோட்டம்
preview-heading = முன்னோட்டம்
preview-skip = உள்ளடக்கத்துக்குச் செல்லவும்
preview-intro = பராமரிப்பவர்களுக்கும் ஒருங்கிணைப்பவர்களுக்கும்: ஒரு சாட்பாட் என்ன காட்டும் என்பது, பொது API-ஐ மட்டும் கொண்டு உருவாக்கப்பட்டது. உண்மையான உரையாடல்களை இங்கே ஒட்ட வேண்டாம்.
preview-views = காட்சிகள்
preview-tab-lookup = தேடல்
preview-tab-coverage = பரவல்
preview-tab-locales = மொழிகள்
preview-loading = ஏற்றப்படுகிறது…
preview-message = செய்தி
preview-message-hint = மொழியைக் கண்டறிய மட்டுமே பயன்படும்.
preview-locale = மொழி அமைப்பு
preview-locale-none = — எதுவும் இல்லை —
preview-country = நாடு
preview-country-unknown = — தெரியவில்லை —
preview-topics = தலைப்புகள்
preview-topics-hint = காற்புள்ளியால் பிரிக்கவும், எடுத்துக்காட்டாக: { $examples }
preview-channels = தொடர்பு வழிகள்
preview-channel-phone = தொலைபேசி
preview-channel-sms = SMS
preview-channel-chat = அரட்டை
preview-submit = தேடு
preview-error-vocabularies = நாடுகளையோ மொழிகளையோ ஏற்ற முடியவில்லை ({ $error }).
preview-error-lookup = தேட முடியவில்லை ({ $error }).
preview-chat-shows = அரட்டையில் தெரிவது
preview-raw-json = மூல JSON
preview-meta-language = மொழி: { $code } ({ $source } அடிப்படையில்)
preview-meta-country = நாடு: { $code } ({ $source } அடிப்படையில்)
preview-meta-country-unknown = நாடு: தெரியவில்லை
preview-meta-locale = மொழி அமைப்பு: { $code }
preview-meta-lines = உதவி எண்கள்: { $count }
preview-international = சர்வதேசப் பட்டியல்கள்
preview-emergency = அவசர உதவி:
preview-police = காவல்துறை
preview-ambulance = ஆம்புலன்ஸ்
preview-fire = தீயணைப்பு
preview-open-now = இப்போது திறந்துள்ளது
preview-closed-now = இப்போது மூடப்பட்டுள்ளது
preview-hours-unknown = நேரம் தெரியவில்லை
preview-action-call = அழைக்க: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = அரட்டை
preview-action-website = இணையதளம்
preview-fact-languages = மொழிகள்: { $list }
preview-fact-languages-none = மொழிகள்: குறிப்பிடப்படவில்லை
preview-fact-hours = நேரம்: { $times }
preview-fact-verified = சரிபார்த்த நாள்: { $date }
preview-fact-evidence = ஆதாரம்: { $evidence }
preview-fact-country = நாடு: { $code }
preview-coverage-summary = நாடுகளும் பிரதேசங்களும்: { $total } · உதவி எண்கள் உள்ளவை: { $covered } · அவசர எண் மட்டும்: { $uncovered }.
preview-coverage-pending = சரிபார்த்த தேதிகள் படிக்கப்படுகின்றன… மீதம்: { $count }.
preview-coverage-oldest = ஓர் உதவி எண்ணின் மிகப் பழைய சரிபார்ப்பு: { $date }.
preview-coverage-legend = முன்னிலைப்படுத்திய வரிசைகளில் அவசர எண் மட்டுமே உள்ளது, தேர்ந்தெடுத்த உதவி எண் இல்லை.
preview-coverage-caption = நாடுகளும் பிரதேசங்களும் (நெடுவரிசைப் பொத்தான்களால் வரிசைப்படுத்தவும்)
preview-column-code = குறியீடு
preview-column-lines = உதவி எண்கள்
preview-column-languages = மொழிகள்
preview-column-emergency = அவசர எண்
preview-column-verified = மிகப் பழைய சரிபார்ப்பு
preview-emergency-only = அவசர எண் மட்டும்
preview-error-countries = நாடுகளை ஏற்ற முடியவில்லை ({ $error }).
preview-locales-summary = மொழிகள்: { $total } · தாய்மொழியாளர் சரிபார்த்தவை: { $reviewed }.
preview-locales-caption = சேர்க்கப்பட்ட மொழிகளும் அவற்றின் சரிபார்ப்பு நிலையும்
preview-column-native-name = சொந்த மொழியில் பெயர்
preview-column-direction = திசை
preview-column-review = சரிபார்ப்பு
preview-reviewed = சரிபார்க்கப்பட்டது
preview-not-reviewed = சரிபார்க்கப்படவில்லை
preview-error-locales = மொழிகளை ஏற்ற முடியவில்லை ({ $error }).
