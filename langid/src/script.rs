//! Writing systems: which script a message is written in, which languages
//! write that script, and Traditional vs Simplified Chinese. Pure Unicode
//! knowledge, no statistics.

/// The scripts that narrow the choice of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Myanmar,
    Khmer,
    Ethiopic,
    Hangul,
    /// Hiragana or katakana.
    Kana,
    Han,
}

pub const SCRIPTS: usize = Script::Han as usize + 1;

impl Script {
    pub fn of(c: char) -> Option<Self> {
        use Script::*;
        // Most letters of most messages: no range search.
        if c.is_ascii() {
            return c.is_ascii_alphabetic().then_some(Latin);
        }
        let script = match c as u32 {
            0xC0..=0x24F if c.is_alphabetic() => Latin,
            0x1E00..=0x1EFF => Latin,
            0x370..=0x3FF | 0x1F00..=0x1FFF => Greek,
            0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Cyrillic,
            0x530..=0x58F => Armenian,
            0x590..=0x5FF | 0xFB1D..=0xFB4F => Hebrew,
            0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                Arabic
            }
            0x900..=0x97F => Devanagari,
            0x980..=0x9FF => Bengali,
            0xA00..=0xA7F => Gurmukhi,
            0xA80..=0xAFF => Gujarati,
            0xB80..=0xBFF => Tamil,
            0xC00..=0xC7F => Telugu,
            0xC80..=0xCFF => Kannada,
            0xD00..=0xD7F => Malayalam,
            0xD80..=0xDFF => Sinhala,
            0xE00..=0xE7F => Thai,
            0xE80..=0xEFF => Lao,
            0x1000..=0x109F => Myanmar,
            0x10A0..=0x10FF | 0x2D00..=0x2D2F | 0x1C90..=0x1CBF => Georgian,
            0x1200..=0x139F => Ethiopic,
            0x1780..=0x17FF => Khmer,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hangul,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Kana,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Han,
            _ => return None,
        };
        Some(script)
    }
}

/// The script a language is normally written in. `None`: a language this
/// table does not know, which then never competes on script grounds.
pub fn script_of_language(code: &str) -> Option<Script> {
    use Script::*;
    let script = match code {
        "ru" | "uk" | "be" | "bg" | "mk" | "sr" | "kk" | "ky" | "mn" | "tg" | "tt" | "ba"
        | "cv" | "ce" | "os" | "ab" => Cyrillic,
        "el" => Greek,
        "hy" => Armenian,
        "ka" => Georgian,
        "he" | "yi" => Hebrew,
        "ar" | "fa" | "ur" | "ps" | "sd" | "ug" | "ckb" | "ku" => Arabic,
        "hi" | "mr" | "ne" | "sa" | "mai" | "bho" => Devanagari,
        "bn" | "as" => Bengali,
        "pa" => Gurmukhi,
        "gu" => Gujarati,
        "ta" => Tamil,
        "te" => Telugu,
        "kn" => Kannada,
        "ml" => Malayalam,
        "si" => Sinhala,
        "th" => Thai,
        "lo" => Lao,
        "my" => Myanmar,
        "km" => Khmer,
        "am" | "ti" => Ethiopic,
        "ko" => Hangul,
        // Japanese is recognised by its kana; kanji alone read as Chinese.
        "ja" => Kana,
        "zh" => Han,
        _ if code.len() >= 2 => Latin,
        _ => return None,
    };
    Some(script)
}

/// Which form of Chinese characters a text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HanVariant {
    Simplified,
    Traditional,
}

impl HanVariant {
    /// The BCP 47 script subtag, to ask for the zh-Hans or zh-Hant locale.
    pub fn subtag(self) -> &'static str {
        match self {
            Self::Simplified => "Hans",
            Self::Traditional => "Hant",
        }
    }
}

// Frequent characters that exist in only one of the two forms. Characters
// used in both (里, 后, 着, 台…) are left out on purpose.
const SIMPLIFIED_ONLY: &str = "们这个为说时会没来对过还么样发经现门问间东车长开关见让觉进种电话学实应头给帮难欢爱钱钟认识语谁请谢边吗买卖书医药无够尽乐万与专业两严丧临丽举义习乡亚产亲亿从价众优伤体侦俭债倾儿党兰兴养写军农决况冻净凉减凤凭击刘则刚创删别制剂剧劝办务动励劲劳势区华协单卢卫却厂厅历厉压厌县参双变叶号叹吓听启吴员响团园围图圆圣场坏块坚坛坟垫声处备复夹夺奋奖妆妇妈娱婴孙宁宝宠审宪宽宾寻导寿将尔尘尝层属岁岛币师帐带广庆库庙废异弃张弹强归录彻径忆忧怀态怜总恋恶恳悬惊惧惨惯愿戏战扑执扩扫扬扰抚抢护报担拟拥择挂挡挣挤挥损换据摄摆敌数断旧旷昼显晒晓晕暂机杀杂权条杨极构枪柜标栏树桥检楼横欧残毁毕毙气汉汤沟泪泽洁洒浅测济浓涂涛涨渐渔湾湿满滤滥灭灯灵灾灿炉点炼烂烦烧热爷牵状犹独狮猎献环画畅疗疯盐监盖盘矿码砖础确礼祸离积称稳穷窃竞笔笼筑签简粮紧纠红纪约级纯纲纳纵纷纸纹线练组细织终结绕绘络绝统继绩续维绵综绿缓编缘缩罗罚职联聪肃肠肤肿胀胜脑脏脚脸舰艺节苏苹荐荣获营虑虚虽补装观规视览触计订讨训议讯记讲许论设访证评诉诊词译试诗诚诞该详误读课调谈谋谓贝负贡财责贤败货质贩贪购贯贵贷费贺资赌赏赖赚赛赞赵赶趋跃践踪轨转轮软轻载较辅辆辈辉输辞达迁运远连迟递选遗邮邻郑释鉴针钢铁银锁错镇闭闲闷闹闻阅队阳阴阵阶际陆陈险随隐雾韩页顶项顺须预领频题颜额风飞饭饮饱饿馆马验骂骗鱼鸟鸡麦黄齐龙龟";
const TRADITIONAL_ONLY: &str = "們這個為說時會沒來對過還麼樣發經現門問間東車長開關見讓覺進種電話學實應頭給幫難歡愛錢鐘認識語誰請謝邊嗎買賣書醫藥無夠盡樂萬與專業兩嚴喪臨麗舉義習鄉亞產親億從價眾優傷體偵儉債傾兒黨蘭興養寫軍農決況凍淨涼減鳳憑擊劉則剛創刪別製劑劇勸辦務動勵勁勞勢區華協單盧衛卻廠廳歷厲壓厭縣參雙變葉號嘆嚇聽啟吳員響團園圍圖圓聖場壞塊堅壇墳墊聲處備復夾奪奮獎妝婦媽娛嬰孫寧寶寵審憲寬賓尋導壽將爾塵嘗層屬歲島幣師帳帶廣慶庫廟廢異棄張彈強歸錄徹徑憶憂懷態憐總戀惡懇懸驚懼慘慣願戲戰撲執擴掃揚擾撫搶護報擔擬擁擇掛擋掙擠揮損換據攝擺敵數斷舊曠晝顯曬曉暈暫機殺雜權條楊極構槍櫃標欄樹橋檢樓橫歐殘毀畢斃氣漢湯溝淚澤潔灑淺測濟濃塗濤漲漸漁灣濕滿濾濫滅燈靈災燦爐點煉爛煩燒熱爺牽狀猶獨獅獵獻環畫暢療瘋鹽監蓋盤礦碼磚礎確禮禍離積稱穩窮竊競筆籠築簽簡糧緊糾紅紀約級純綱納縱紛紙紋線練組細織終結繞繪絡絕統繼績續維綿綜綠緩編緣縮羅罰職聯聰肅腸膚腫脹勝腦臟腳臉艦藝節蘇蘋薦榮獲營慮虛雖補裝觀規視覽觸計訂討訓議訊記講許論設訪證評訴診詞譯試詩誠誕該詳誤讀課調談謀謂貝負貢財責賢敗貨質販貪購貫貴貸費賀資賭賞賴賺賽贊趙趕趨躍踐蹤軌轉輪軟輕載較輔輛輩輝輸辭達遷運遠連遲遞選遺郵鄰鄭釋鑑針鋼鐵銀鎖錯鎮閉閒悶鬧聞閱隊陽陰陣階際陸陳險隨隱霧韓頁頂項順須預領頻題顏額風飛飯飲飽餓館馬驗罵騙魚鳥雞麥黃齊龍龜";

/// The two lists sorted, for binary search: built once.
fn han_tables() -> &'static (Vec<char>, Vec<char>) {
    static TABLES: std::sync::OnceLock<(Vec<char>, Vec<char>)> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let sorted = |list: &str| {
            let mut chars: Vec<char> = list.chars().collect();
            chars.sort_unstable();
            chars
        };
        (sorted(SIMPLIFIED_ONLY), sorted(TRADITIONAL_ONLY))
    })
}

/// Characters of a text counted by script, in one pass.
#[derive(Clone, Debug, Default)]
pub struct ScriptCounts {
    counts: [u32; SCRIPTS],
    simplified: u32,
    traditional: u32,
}

impl ScriptCounts {
    pub fn of(text: &str) -> Self {
        let mut counts = Self::default();
        // Counted apart: no per-character dispatch for most messages' letters.
        let ascii_letters = text.bytes().filter(u8::is_ascii_alphabetic).count();
        counts.counts[Script::Latin as usize] = u32::try_from(ascii_letters).unwrap_or(u32::MAX);
        if text.is_ascii() {
            return counts;
        }
        for c in text.chars().filter(|c| !c.is_ascii()) {
            let Some(script) = Script::of(c) else {
                continue;
            };
            counts.counts[script as usize] += 1;
            if script == Script::Han {
                let (simplified, traditional) = han_tables();
                if simplified.binary_search(&c).is_ok() {
                    counts.simplified += 1;
                } else if traditional.binary_search(&c).is_ok() {
                    counts.traditional += 1;
                }
            }
        }
        counts
    }

    pub fn count(&self, script: Script) -> u32 {
        self.counts[script as usize]
    }

    pub fn letters(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// The script most letters are written in; kana anywhere makes Han text
    /// Japanese, since kanji never appear without kana in running Japanese.
    /// Latin letters count a third: in a message that mixes scripts they are
    /// mostly names, brands, links and English boilerplate, and a person who
    /// writes a quarter of it in Urdu or Hindi script reads that language.
    pub fn dominant(&self) -> Option<Script> {
        let kana = self.count(Script::Kana);
        let han = self.count(Script::Han);
        let mut best: Option<(Script, u32)> = None;
        for script in ALL {
            let mut n = self.count(script);
            if script == Script::Kana && kana > 0 {
                n += han;
            } else if script == Script::Han && kana > 0 {
                n = 0;
            }
            if script != Script::Latin {
                n = n.saturating_mul(LATIN_DISCOUNT);
            }
            if n > 0 && best.is_none_or(|(_, m)| n > m) {
                best = Some((script, n));
            }
        }
        best.map(|(script, _)| script)
    }

    pub fn han_variant(&self) -> Option<HanVariant> {
        use std::cmp::Ordering::*;
        match self.simplified.cmp(&self.traditional) {
            Greater => Some(HanVariant::Simplified),
            Less => Some(HanVariant::Traditional),
            Equal => None,
        }
    }
}

/// `char::is_alphabetic`, from a bitmap for the Basic Multilingual Plane:
/// the standard library answers every non-ASCII letter by a search of its
/// Unicode tables, which was a sixth of the time to detect a Cyrillic or
/// Arabic message. 8 KiB, built once.
pub fn is_letter(c: char) -> bool {
    static BMP: std::sync::OnceLock<Box<[u64; 1024]>> = std::sync::OnceLock::new();
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let code = c as u32;
    if code >= 0x1_0000 {
        return c.is_alphabetic();
    }
    let bits = BMP.get_or_init(|| {
        let mut bits = Box::new([0u64; 1024]);
        for code in 0..0x1_0000u32 {
            if char::from_u32(code).is_some_and(char::is_alphabetic) {
                bits[(code / 64) as usize] |= 1 << (code % 64);
            }
        }
        bits
    });
    bits[(code / 64) as usize] & (1 << (code % 64)) != 0
}

/// How many Latin letters weigh as much as one letter of another script
/// (see `ScriptCounts::dominant`).
const LATIN_DISCOUNT: u32 = 3;

impl Script {
    /// Every script, in declaration order (`Script as usize` indexes it).
    pub const ALL: [Script; SCRIPTS] = ALL;
}

const ALL: [Script; SCRIPTS] = {
    use Script::*;
    [
        Latin, Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic, Devanagari, Bengali, Gurmukhi,
        Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar, Khmer, Ethiopic,
        Hangul, Kana, Han,
    ]
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_bitmap_agrees_with_the_standard_library() {
        for code in (0..0x1_0000u32).chain([0x1_0000, 0x2_0000, 0x1_F600]) {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "U+{code:04X}");
            }
        }
    }

    #[test]
    fn scripts_are_counted_and_the_dominant_one_found() {
        // A Cyrillic name in an English sentence…
        assert_eq!(
            ScriptCounts::of("hello there, my friend Иван").dominant(),
            Some(Script::Latin)
        );
        // …but a quarter of the letters in another script decide: Latin
        // letters in mixed text are mostly names and boilerplate.
        assert_eq!(
            ScriptCounts::of("Latest News in Urdu: بلاول کراچی سے ملاقات").dominant(),
            Some(Script::Arabic)
        );
        assert_eq!(
            ScriptCounts::of("Привет мир").dominant(),
            Some(Script::Cyrillic)
        );
        assert_eq!(ScriptCounts::of("1234 !!").dominant(), None);
        // Kanji with a little kana is Japanese.
        assert_eq!(ScriptCounts::of("死にたい").dominant(), Some(Script::Kana));
        assert_eq!(ScriptCounts::of("我想死").dominant(), Some(Script::Han));
    }

    #[test]
    fn simplified_and_traditional_chinese_are_told_apart() {
        assert_eq!(
            ScriptCounts::of("我不想活了，没有人关心我").han_variant(),
            Some(HanVariant::Simplified)
        );
        assert_eq!(
            ScriptCounts::of("我不想活了，沒有人關心我").han_variant(),
            Some(HanVariant::Traditional)
        );
        assert_eq!(ScriptCounts::of("我想死").han_variant(), None);
    }

    #[test]
    fn the_two_character_lists_do_not_overlap() {
        assert!(!SIMPLIFIED_ONLY
            .chars()
            .any(|c| TRADITIONAL_ONLY.contains(c)));
    }
}
