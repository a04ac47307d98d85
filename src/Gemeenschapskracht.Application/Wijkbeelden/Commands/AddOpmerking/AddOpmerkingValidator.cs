using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.AddOpmerking;

public sealed class AddOpmerkingValidator : AbstractValidator<AddOpmerkingCommand>
{
    public AddOpmerkingValidator()
    {
        RuleFor(c => c.Tekst).RequiredText("de opmerking", 2000);
    }
}
