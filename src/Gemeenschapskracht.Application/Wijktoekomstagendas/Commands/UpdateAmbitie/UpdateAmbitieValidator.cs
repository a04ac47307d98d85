using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.UpdateAmbitie;

public sealed class UpdateAmbitieValidator : AbstractValidator<UpdateAmbitieCommand>
{
    public UpdateAmbitieValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van de ambitie", 200);
        RuleFor(c => c.Tekst).Cascade(CascadeMode.Stop)
            .Must(t => !Tekst.IsBlank(t)).WithMessage("Vul de droom in: waar de wijk over vijf of tien jaar wil staan.")
            .SafeText("de tekst van de ambitie", multiline: true)
            .MaximumLength(4000).WithMessage("De tekst van de ambitie mag hoogstens 4000 tekens lang zijn.");
        RuleFor(c => c.PubliekeWaardeId).NotNull().When(c => !c.EigenDoel)
            .WithMessage("Koppel de ambitie aan een publieke waarde van het beleidskader, of markeer haar als eigen doel van bewoners.");
        RuleFor(c => c.PubliekeWaardeId).Null().When(c => c.EigenDoel)
            .WithMessage("Een eigen doel van bewoners is niet aan een publieke waarde gekoppeld; kies het een of het ander.");
    }
}
