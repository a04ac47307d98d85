using FluentValidation;
using Gemeenschapskracht.Domain.Persoonsgegevens;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Commands.UpdateBewaarbeleid;

public sealed class UpdateBewaarbeleidValidator : AbstractValidator<UpdateBewaarbeleidCommand>
{
    public UpdateBewaarbeleidValidator()
    {
        RuleFor(c => c.BuurtTopAanmeldingenMaanden).InclusiveBetween(Bewaarbeleid.KortsteTermijn, Bewaarbeleid.LangsteTermijn)
            .WithMessage($"De bewaartermijn voor BuurtTop-aanmeldingen is ten minste {Bewaarbeleid.KortsteTermijn} en hoogstens {Bewaarbeleid.LangsteTermijn} maanden.");
        RuleFor(c => c.DeclaratieBankgegevensMaanden).InclusiveBetween(Bewaarbeleid.KortsteTermijn, Bewaarbeleid.LangsteTermijn)
            .WithMessage($"De bewaartermijn voor de bankgegevens van declaraties is ten minste {Bewaarbeleid.KortsteTermijn} en hoogstens {Bewaarbeleid.LangsteTermijn} maanden.");
    }
}
