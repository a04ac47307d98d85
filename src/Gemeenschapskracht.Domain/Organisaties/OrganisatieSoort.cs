namespace Gemeenschapskracht.Domain.Organisaties;

public enum OrganisatieSoort
{
    Bewonersorganisatie,
    Bewonersgroep,
    Wijkopbouwpunt,
    Welzijnsorganisatie,
    Woningcorporatie,
    Zorgorganisatie,
    School,
    Ondernemer,
    GemeentelijkeAfdeling,
    Overig,
}

public enum Rechtsvorm
{
    Informeel,
    Vereniging,
    Stichting,
    Cooperatie,
    BeslotenVennootschap,
    Eenmanszaak,
    Overheid,
    Overig,
}

public enum OrganisatieStatus
{
    Actief,
    Slapend,
    Gestopt,
}
