import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'title': 'Preferencias',
  'heading': 'Sus preferencias',
  'saved': 'Guardado.',
  'stale': 'Sus preferencias cambiaron en otro lugar mientras tanto; el formulario ahora las muestra. Vuelva a hacer su cambio.',
  'digest.legend': 'Resumen semanal',
  'digest.on': 'Enviarme el resumen semanal (el lunes por la mañana)',
  'countries.legend': 'Países que sigo',
  'countries.hint': 'Los casos nuevos de estos países, y sus audiencias, aparecen en su resumen. Marque tantos como quiera.',
  'countries.filter': 'Buscar un país',
  'countries.chosen': 'Elegidos:',
  'countries.none': 'ninguno por ahora',
  'countries.noMatch': 'Ningún país coincide con esta búsqueda.',
  'themes.legend': 'Temas que sigo',
  'language.legend': 'Idioma del resumen',
  'uiLanguage.legend': 'Idioma de las páginas',
  'uiLanguage.hint': 'Los enlaces de idioma en la parte superior de cada página también lo cambian.',
  'timeZone.label': 'Su zona horaria',
  'timeZone.hint': 'Las fechas y horas se muestran en esta zona. Su navegador la propone al iniciar sesión si usted no ha elegido ninguna.',
  'timeZone.utc': 'Tiempo universal coordinado (UTC)',
  'timeZone.region.Africa': 'África',
  'timeZone.region.America': 'América',
  'timeZone.region.Antarctica': 'Antártida',
  'timeZone.region.Arctic': 'Ártico',
  'timeZone.region.Asia': 'Asia',
  'timeZone.region.Atlantic': 'Océano Atlántico',
  'timeZone.region.Australia': 'Australia',
  'timeZone.region.Europe': 'Europa',
  'timeZone.region.Indian': 'Océano Índico',
  'timeZone.region.Pacific': 'Océano Pacífico',
  'submit': 'Guardar preferencias',
};

export default es;
