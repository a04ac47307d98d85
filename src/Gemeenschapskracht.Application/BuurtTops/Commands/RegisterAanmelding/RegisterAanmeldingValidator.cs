using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.BuurtTops;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.RegisterAanmelding;

public sealed class RegisterAanmeldingValidator : AbstractValidator<RegisterAanmeldingCommand>
{
    public RegisterAanmeldingValidator()
    {
        RuleFor(c => c.Naam).RequiredText("uw naam of voorletters", 200);
        RuleFor(c => c.Email).GeldigEmail();
        RuleFor(c => c.Categorie).IsInEnum().WithMessage("Kies als wie u komt: bewoner, sterkhouder, ondernemer, zzp'er, professional, ambtenaar of raadslid.");
        RuleFor(c => c.Toestemming).Equal(true).WithMessage("Geef toestemming om uw naam en e-mailadres voor deze BuurtTop te bewaren; zonder toestemming kunt u zich niet aanmelden.");
        RuleFor(c => c.ToestemmingVersie).Equal(Aanmelding.ToestemmingVersieHuidig)
            .WithMessage("De toestemmingstekst is gewijzigd; laad de pagina opnieuw en lees de nieuwe tekst.");
    }
}
