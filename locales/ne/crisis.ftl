### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: तपाईं, as Nepal's helplines speak to the public. Digits as the
### service gives them; postpositions never follow a placeable ("…नम्बरमा",
### "…वेबसाइटमा").

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is the subject of its sentence, with no
## postposition after it ("११६६ … हेल्पलाइन अहिले खुला छ").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = तपाईं यति गाह्रो समयबाट गुज्रिरहनुभएको छ भन्ने सुन्दा मलाई साँच्चै दुःख लाग्यो, र तपाईंले यो कुरा भन्नुभएकोमा म खुसी छु। यसको सामना तपाईंले एक्लै गर्नुपर्दैन।

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } अहिले खुला छ, तपाईं तुरुन्तै सम्पर्क गर्न सक्नुहुन्छ: { support-reach }।{ support-free }
               *[label] अहिले नै सम्पर्क गर्न सकिने एउटा हेल्पलाइन छ। { $line_name }: { support-reach }।{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } अहिले बन्द छ र { support-opens } फेरि खुल्छ: { support-reach }।{ support-free }
               *[label] यो हेल्पलाइन अहिले बन्द छ र { support-opens } फेरि खुल्छ। { $line_name }: { support-reach }।{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } तपाईंलाई सहयोग गर्न सक्छ: { support-reach }।{ support-free }
               *[label] तपाईंले सम्पर्क गर्न सक्ने एउटा हेल्पलाइन यो हो। { $line_name }: { support-reach }।{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] तपाईंको देशको हेल्पलाइन { $directory } वेबसाइटमा खोज्न सक्नुहुन्छ।
               *[no] हेल्पलाइन { $directory } वेबसाइटमा पनि खोज्न सक्नुहुन्छ।
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] आज { $opens_at } बजे
        [tomorrow] भोलि { $opens_at } बजे
        [mon] सोमबार { $opens_at } बजे
        [tue] मङ्गलबार { $opens_at } बजे
        [wed] बुधबार { $opens_at } बजे
        [thu] बिहिबार { $opens_at } बजे
        [fri] शुक्रबार { $opens_at } बजे
        [sat] शनिबार { $opens_at } बजे
        [sun] आइतबार { $opens_at } बजे
       *[none] पछि
    }

support-reach =
    { $reach ->
        [call] { $contact } नम्बरमा फोन गर्नुहोस्
        [text] { $contact } नम्बरमा SMS पठाउनुहोस्
        [chat] { $contact } वेबसाइटमा अनलाइन च्याट गर्नुहोस्
        [whatsapp] WhatsApp मार्फत { $contact } नम्बरमा सन्देश पठाउनुहोस्
       *[web] { $contact } वेबसाइटमा जानुहोस्
    }

support-free =
    { $free ->
        [yes] {" "}यो सेवा निःशुल्क छ।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] तपाईं अहिले नै खतरामा हुनुहुन्छ भने कृपया तुरुन्तै प्रहरी वा एम्बुलेन्सलाई बोलाउनुहोस्।
       *[other] तपाईं अहिले नै खतरामा हुनुहुन्छ भने तुरुन्तै { $emergency } नम्बरमा फोन गर्नुहोस्।
    }

support-closing = तपाईंले भरोसा गर्ने कसैसँग कुरा गर्दा पनि मद्दत मिल्न सक्छ। यति भारी भएको मन पनि साथ र सहयोग पाउँदा हलुका हुन सक्छ, र तपाईं मसँग कुरा गरिरहन सक्नुहुन्छ।

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = तपाईं कुन देशमा हुनुहुन्छ? भन्नुभयो भने म तपाईंको देशको हेल्पलाइन देखाउन सक्छु।

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] फोन: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] अनलाइन च्याट{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] निःशुल्क{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] २४ घण्टा, सातै दिन खुला
        [open] अहिले खुला, { $closes_at } बजेसम्म{ summary-schedule }
        [closed] अहिले बन्द, { summary-opens } खुल्छ{ summary-schedule }
       *[unknown] खुल्ने समय उल्लेख छैन
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] आज { $opens_at } बजे
        [tomorrow] भोलि { $opens_at } बजे
        [mon] सोम { $opens_at } बजे
        [tue] मङ्गल { $opens_at } बजे
        [wed] बुध { $opens_at } बजे
        [thu] बिहि { $opens_at } बजे
        [fri] शुक्र { $opens_at } बजे
        [sat] शनि { $opens_at } बजे
        [sun] आइत { $opens_at } बजे
       *[none] पछि
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(हरेक दिन { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] सोम
        [tue] मङ्गल
        [wed] बुध
        [thu] बिहि
        [fri] शुक्र
        [sat] शनि
       *[sun] आइत
    }
summary-last-day =
    { $last ->
        [mon] सोम
        [tue] मङ्गल
        [wed] बुध
        [thu] बिहि
        [fri] शुक्र
        [sat] शनि
       *[sun] आइत
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup पूर्वावलोकन
preview-heading = पूर्वावलोकन
preview-skip = मुख्य सामग्रीमा जानुहोस्
preview-protocol-link = यो सेवाले मानिसहरूलाई सहयोगसम्म कसरी पुर्‍याउँछ
preview-intro = सेवा सम्हाल्ने र आफ्नो प्रणालीमा जोड्नेहरूका लागि: सार्वजनिक API बाट मात्र बनाइएको, च्याटबटले देखाउने जवाफ। यहाँ वास्तविक कुराकानी नटाँस्नुहोस्।
preview-views = दृश्यहरू
preview-tab-lookup = खोज
preview-tab-coverage = दायरा
preview-tab-locales = भाषाहरू
preview-loading = लोड हुँदैछ…

## The lookup form.
preview-message = सन्देश
preview-message-hint = भाषा पत्ता लगाउन मात्र प्रयोग हुन्छ।
preview-locale = भाषा सेटिङ
preview-locale-none = — छैन —
preview-country = देश
preview-country-unknown = — थाहा छैन —
preview-topics = विषयहरू
preview-topics-hint = अल्पविरामले छुट्याएर, जस्तै: { $examples }
preview-channels = माध्यमहरू
preview-channel-phone = फोन
preview-channel-sms = SMS
preview-channel-chat = च्याट
preview-submit = खोज्नुहोस्
preview-error-vocabularies = देश वा भाषा सेटिङहरू लोड गर्न सकिएन ({ $error })।
preview-error-lookup = खोज असफल भयो ({ $error })।

## The answer.
preview-chat-shows = च्याटमा देखिने जवाफ
preview-raw-json = कच्चा JSON
preview-meta-language = भाषा: { $code } (स्रोत: { $source })
preview-meta-country = देश: { $code } (स्रोत: { $source })
preview-meta-country-unknown = देश: थाहा छैन
preview-meta-locale = भाषा सेटिङ: { $code }
preview-meta-lines = हेल्पलाइन: { $count }
preview-international = अन्तर्राष्ट्रिय निर्देशिकाहरू

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = आपत्कालीन:
preview-police = प्रहरी
preview-ambulance = एम्बुलेन्स
preview-fire = दमकल
preview-open-now = अहिले खुला
preview-closed-now = अहिले बन्द
preview-hours-unknown = खुल्ने समय थाहा छैन
preview-action-call = फोन: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = च्याट
preview-action-website = वेबसाइट
preview-fact-languages = भाषाहरू: { $list }
preview-fact-languages-none = भाषाहरू: उल्लेख छैन
preview-fact-hours = समय: { $times }
preview-fact-checked = सेवा दिने संस्थासँग जाँचिएको: { $date }
preview-fact-newest-source = सबैभन्दा नयाँ स्रोत: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = आधार: हेल्पलाइनको आफ्नै पृष्ठ
preview-evidence-corroborated = आधार: दुई स्वतन्त्र प्रकाशक
preview-evidence-single = आधार: एउटा सूची मात्र
preview-evidence-conflict = आधार: स्रोतहरू मेल खाँदैनन्
preview-fact-country = देश: { $code }

## The coverage tab.
preview-coverage-summary = देश र भूभाग: { $total } · हेल्पलाइन भएका: { $covered } · आपत्कालीन नम्बर मात्र: { $uncovered }।
preview-coverage-age = सबैभन्दा नयाँ स्रोत २४ महिनाभन्दा पुरानो भएका हेल्पलाइन: { $total } मध्ये { $stale }।
preview-map-caption = दायराको विश्व नक्सा
preview-map-line = हेल्पलाइन छ
preview-map-emergency = आपत्कालीन नम्बर मात्र
preview-map-none = डाटासेटमा छैन
preview-coverage-legend = हाइलाइट गरिएका पङ्क्तिमा आपत्कालीन नम्बर मात्र छ, छानिएको हेल्पलाइन छैन।
preview-coverage-caption = देश र भूभाग (स्तम्भका बटनले क्रम मिलाउनुहोस्)
preview-column-code = कोड
preview-column-lines = हेल्पलाइन
preview-column-languages = भाषाहरू
preview-column-emergency = आपत्कालीन
preview-column-stale = पुराना स्रोतका हेल्पलाइन
preview-emergency-only = आपत्कालीन मात्र
preview-error-countries = देशहरू लोड गर्न सकिएन ({ $error })।

## The locales tab.
preview-locales-summary = भाषा सेटिङ: { $total } · मातृभाषीले जाँचेका: { $reviewed }।
preview-locales-caption = समावेश भाषा सेटिङ र तिनको जाँचको अवस्था
preview-column-native-name = आफ्नै भाषामा नाम
preview-column-direction = लेखाइको दिशा
preview-column-review = जाँच
preview-reviewed = जाँचिएको
preview-not-reviewed = नजाँचिएको
preview-error-locales = भाषा सेटिङहरू लोड गर्न सकिएन ({ $error })।
