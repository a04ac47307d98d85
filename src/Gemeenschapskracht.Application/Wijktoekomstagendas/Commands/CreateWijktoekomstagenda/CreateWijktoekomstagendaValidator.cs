using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.CreateWijktoekomstagenda;

public sealed class CreateWijktoekomstagendaValidator : AbstractValidator<CreateWijktoekomstagendaCommand>
{
    public CreateWijktoekomstagendaValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van de agenda", 200);
        RuleFor(c => c.Intro).SafeText("de inleiding", multiline: true).MaximumLength(4000).WithMessage("De inleiding is hoogstens 4000 tekens.");
        RuleFor(c => c.HorizonJaren).Must(h => h is 5 or 10).WithMessage("De horizon van een wijktoekomstagenda is vijf of tien jaar.");
        RuleFor(c => c.StartJaar).InclusiveBetween(2000, 2100).WithMessage("Het startjaar ligt tussen 2000 en 2100.");
        RuleFor(c => c.Team).Must(t => t is null || t.Count <= 20).WithMessage("Een team telt hoogstens 20 organisaties.");
    }
}
