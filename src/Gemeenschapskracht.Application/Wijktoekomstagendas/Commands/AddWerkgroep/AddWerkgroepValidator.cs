using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddWerkgroep;

public sealed class AddWerkgroepValidator : AbstractValidator<AddWerkgroepCommand>
{
    public AddWerkgroepValidator()
    {
        RuleFor(c => c.Naam).RequiredText("de naam van de werkgroep", 200);
        RuleFor(c => c.Leden).PresentList(50, "leden");
        RuleFor(c => c.Leden).Must(l => l is null || l.All(x => x is not null && !Tekst.IsBlank(x) && Tekst.IsSafe(x) && x.Length <= 200))
            .WithMessage("Vul bij elk lid een naam in van hoogstens 200 tekens, zonder stuurtekens.");
    }
}
