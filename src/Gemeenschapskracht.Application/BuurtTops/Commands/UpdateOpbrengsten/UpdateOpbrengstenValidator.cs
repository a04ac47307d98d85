using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateOpbrengsten;

public sealed class UpdateOpbrengstenValidator : AbstractValidator<UpdateOpbrengstenCommand>
{
    public UpdateOpbrengstenValidator()
    {
        RuleFor(c => c.Opbrengsten).PresentList(500, "opbrengsten");
        RuleForEach(c => c.Opbrengsten).ChildRules(o =>
        {
            o.RuleFor(x => x.Tafel).RequiredText("de tafel (naam of thema)", 200);
            o.RuleFor(x => x.Soort).IsInEnum().WithMessage("Kies droom of ambitie.");
            o.RuleFor(x => x.Tekst).Cascade(CascadeMode.Stop).RequiredText("de tekst van de opbrengst", 2000);
        });
    }
}
