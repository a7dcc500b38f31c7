/**
 * Names of organisations and movements that contain place names or look like them, in either
 * language; among them the football clubs Vietnamese and English sports news names most.
 */
export const NON_PLACES = `
  Islamic State|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Al Masdar News|Associated Press
  Reuters|Hezbollah|United Nations|European Union|New York Times|Washington Post|Wall Street Journal|Los Angeles Times
  Al Jazeera|Sky News|Fox News|Xinhua|Google|Turkish Airlines|Qatar Airways|Emirates Airline
  Real Madrid|Atletico Madrid|Manchester United|Man Utd|Manchester City|Man City|Bayern Munich|Borussia Dortmund
  Inter Milan|AC Milan|Paris Saint-Germain|Newcastle United|West Ham United|Leeds United|Tottenham Hotspur|Sporting Lisbon
  Hamas|Fatah|White House|State Duma|United Russia
  Nhà nước Hồi giáo|Hồi giáo
`.trim().split(/\s*[|\n]\s*/);
