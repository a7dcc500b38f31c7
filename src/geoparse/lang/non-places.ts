/** Names of organisations and movements that contain place names or look like them, in either language. */
export const NON_PLACES = `
  Islamic State|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Al Masdar News|Associated Press
  Reuters|Hezbollah|United Nations|European Union|New York Times|Washington Post|Wall Street Journal|Los Angeles Times
  Al Jazeera|Sky News|Fox News|Xinhua|Google|Turkish Airlines|Qatar Airways|Emirates Airline|Real Madrid|Manchester United
  Hamas|Fatah|White House|State Duma|United Russia
  Nhà nước Hồi giáo|Hồi giáo
`.trim().split(/\s*[|\n]\s*/);
