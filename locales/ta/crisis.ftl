### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Tamil name, bare; the sentence
##               puts "சேவை" after it and the case ending goes on that word
##               (… சேவையைத் தொடர்புகொள்ளலாம்), never on the name.
##               label: only the line's name, held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00 AM");
##               it takes a separate word (முதல்), no suffix.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = நீங்கள் இதையெல்லாம் கடந்து வருவது எனக்கு உண்மையிலேயே வருத்தமாக இருக்கிறது. இதை என்னிடம் பகிர்ந்ததற்கு நன்றி. இதை நீங்கள் தனியாக எதிர்கொள்ள வேண்டியதில்லை.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] நீங்கள் இப்போதே { $line_name } சேவையைத் தொடர்புகொள்ளலாம்: { support-reach }.{ support-free }
               *[label] நீங்கள் இப்போதே ஓர் உதவி எண்ணைத் தொடர்புகொள்ளலாம். { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } சேவை இப்போது செயல்படவில்லை; { support-opens } மீண்டும் செயல்படும்: { support-reach }.{ support-free }
               *[label] இந்த உதவி எண் இப்போது செயல்படவில்லை; { support-opens } மீண்டும் செயல்படும். { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] நீங்கள் { $line_name } சேவையைத் தொடர்புகொள்ளலாம்: { support-reach }.{ support-free }
               *[label] நீங்கள் தொடர்புகொள்ளக்கூடிய ஓர் உதவி எண் இதோ. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] உங்கள் நாட்டில் உள்ள உதவி எண்ணை { $directory } தளத்தில் கண்டறியலாம்.
               *[no] { $directory } தளத்திலும் ஓர் உதவி எண்ணைக் கண்டறியலாம்.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] இன்று { $opens_at } முதல்
        [tomorrow] நாளை { $opens_at } முதல்
        [mon] திங்கள்கிழமை { $opens_at } முதல்
        [tue] செவ்வாய்க்கிழமை { $opens_at } முதல்
        [wed] புதன்கிழமை { $opens_at } முதல்
        [thu] வியாழக்கிழமை { $opens_at } முதல்
        [fri] வெள்ளிக்கிழமை { $opens_at } முதல்
        [sat] சனிக்கிழமை { $opens_at } முதல்
        [sun] ஞாயிற்றுக்கிழமை { $opens_at } முதல்
       *[none] பின்னர்
    }

support-reach =
    { $reach ->
        [call] { $contact } என்ற எண்ணை அழையுங்கள்
        [text] { $contact } என்ற எண்ணுக்கு SMS அனுப்புங்கள்
        [chat] { $contact } என்ற தளத்தில் ஆன்லைன் அரட்டை மூலம் பேசுங்கள்
        [whatsapp] { $contact } என்ற எண்ணுக்கு WhatsApp-இல் செய்தி அனுப்புங்கள்
       *[web] { $contact } என்ற தளத்துக்குச் செல்லுங்கள்
    }

support-free =
    { $free ->
        [yes] {" "}இந்தச் சேவை இலவசம்.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] நீங்கள் உடனடி ஆபத்தில் இருந்தால், இப்போதே உங்கள் பகுதியின் அவசர சேவைகளைத் தொடர்புகொள்ளுங்கள்.
       *[other] நீங்கள் உடனடி ஆபத்தில் இருந்தால், இப்போதே { $emergency } என்ற எண்ணை அழையுங்கள்.
    }

support-closing = நீங்கள் நம்பும் ஒருவரிடம் பேசுவதும் உதவக்கூடும். ஆதரவு கிடைக்கும்போது இவ்வளவு கனமான உணர்வுகளும் குறையக்கூடும். நீங்கள் என்னுடன் தொடர்ந்து பேசலாம்.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = நீங்கள் எந்த நாட்டில் இருக்கிறீர்கள்? சொன்னால், உங்கள் நாட்டில் உள்ள உதவி எண்ணைக் காட்ட முடியும்.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [always] 24 மணி நேரமும் செயல்படும்
        [open] இப்போது செயல்படுகிறது, { $closes_at } வரை{ summary-schedule }
        [closed] இப்போது செயல்படவில்லை, { summary-opens } செயல்படும்{ summary-schedule }
       *[unknown] நேரம் குறிப்பிடப்படவில்லை
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at } முதல்
        [tomorrow] நாளை { $opens_at } முதல்
        [mon] திங்கள் { $opens_at } முதல்
        [tue] செவ்வாய் { $opens_at } முதல்
        [wed] புதன் { $opens_at } முதல்
        [thu] வியாழன் { $opens_at } முதல்
        [fri] வெள்ளி { $opens_at } முதல்
        [sat] சனி { $opens_at } முதல்
        [sun] ஞாயிறு { $opens_at } முதல்
       *[none] பின்னர்
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
preview-protocol-link = இந்தச் சேவை மக்களை உதவியிடம் எப்படி வழிநடத்துகிறது
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
preview-open-now = இப்போது செயல்படுகிறது
preview-closed-now = இப்போது செயல்படவில்லை
preview-hours-unknown = நேரம் தெரியவில்லை
preview-action-call = அழைக்க: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = அரட்டை
preview-action-website = இணையதளம்
preview-fact-languages = மொழிகள்: { $list }
preview-fact-languages-none = மொழிகள்: குறிப்பிடப்படவில்லை
preview-fact-hours = நேரம்: { $times }
preview-fact-checked = சேவை வழங்குநரிடம் சரிபார்த்தது: { $date }
preview-fact-newest-source = மிகப் புதிய ஆதாரம்: { $date }
preview-evidence-provider = ஆதாரம்: உதவி எண்ணின் சொந்தப் பக்கம்
preview-evidence-corroborated = ஆதாரம்: இரண்டு சுயாதீன வெளியீட்டாளர்கள்
preview-evidence-single = ஆதாரம்: ஒரே ஒரு பட்டியல்
preview-evidence-conflict = ஆதாரம்: ஆதாரங்கள் முரண்படுகின்றன
preview-fact-country = நாடு: { $code }
preview-coverage-summary = நாடுகளும் பிரதேசங்களும்: { $total } · உதவி எண்கள் உள்ளவை: { $covered } · அவசர எண் மட்டும்: { $uncovered }.
preview-coverage-age = மிகப் புதிய ஆதாரம் 24 மாதங்களுக்கு மேல் பழையதாக உள்ள உதவி எண்கள்: { $total } இல் { $stale }.
preview-map-caption = பரவலின் உலக வரைபடம்
preview-map-line = உதவி எண் உள்ளது
preview-map-emergency = அவசர எண் மட்டும்
preview-map-none = தரவுத்தொகுப்பில் இல்லை
preview-coverage-legend = முன்னிலைப்படுத்திய வரிசைகளில் அவசர எண் மட்டுமே உள்ளது, தேர்ந்தெடுத்த உதவி எண் இல்லை.
preview-coverage-caption = நாடுகளும் பிரதேசங்களும் (நெடுவரிசைப் பொத்தான்களால் வரிசைப்படுத்தவும்)
preview-column-code = குறியீடு
preview-column-lines = உதவி எண்கள்
preview-column-languages = மொழிகள்
preview-column-emergency = அவசர எண்
preview-column-stale = பழைய ஆதாரங்களில் உள்ள உதவி எண்கள்
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
